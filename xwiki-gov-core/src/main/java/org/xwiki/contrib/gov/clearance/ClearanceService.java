/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.clearance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * People's security clearance: a level of the sensitivity ladder that administrators configure
 * ({@code gov.sensitivity.levels}, lowest first, default {@code UNCLASSIFIED,PROTECTED_A,PROTECTED_B}). HR of a
 * person's home agency records it; a person without a recorded clearance holds the lowest level. Content labelled
 * with a level (a cross-agency space) is for the people who hold that level or a higher one. Every change is audited
 * ({@code core.clearance.set}) and told to the {@link ClearanceListener}s in its transaction.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface ClearanceService
{
    /**
     * @return the levels of the ladder, lowest first
     */
    List<String> getLevels();

    /**
     * @param level a level
     * @return whether it is on the ladder
     */
    default boolean isLevel(String level)
    {
        return getLevels().contains(level);
    }

    /**
     * @param clearance a person's clearance
     * @param label the level content is labelled with
     * @return whether the clearance is at or above the label; {@code false} when either is not on the ladder
     */
    default boolean covers(String clearance, String label)
    {
        List<String> levels = getLevels();
        int held = levels.indexOf(clearance);
        int needed = levels.indexOf(label);
        return held >= 0 && needed >= 0 && held >= needed;
    }

    /**
     * @param userId a person
     * @return their clearance, the lowest level when none is recorded
     * @throws GovException when the store fails
     */
    String get(String userId) throws GovException;

    /**
     * @param userIds people
     * @return the clearance of each, by user id (the lowest level for those without a recorded clearance)
     * @throws GovException when the store fails
     */
    Map<String, String> getAll(List<String> userIds) throws GovException;

    /**
     * @param actor who reads
     * @param userId a person
     * @return the person's clearance, when the actor is that person or may record it; empty otherwise (the same
     *     answer as for someone unknown)
     * @throws GovException when the store fails
     */
    Optional<ClearanceView> view(Actor actor, String userId) throws GovException;

    /**
     * @param actor an HR officer of the person's home agency, or a government administrator
     * @param userId a person with a home agency
     * @param level a level of the ladder
     * @throws GovException when the level is not on the ladder, the person has no home agency, or the actor may not
     */
    void set(Actor actor, String userId, String level) throws GovException;

    /**
     * As {@link #set}, for many people at once (a chunk of an HR import), in one transaction: each is checked as
     * {@link #set} checks it, the refused ones are left out and reported. Their audit records are deferred, chained by
     * the background task, written in the same transaction as the changes.
     *
     * @param actor who records
     * @param levels the new level of each person, by user id
     * @return why each refused change was refused, by user id; empty when all were recorded
     * @throws GovException when the store fails (then nothing is recorded)
     */
    Map<String, GovException> setInBulk(Actor actor, Map<String, String> levels) throws GovException;
}
