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
package org.xwiki.contrib.gov.profiles;

import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Reads and changes civil-servant profiles, enforcing who may see and edit each field.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface ProfileService
{
    /**
     * @param actor who reads; needs {@link ProfileOperations#VIEW_DIRECTORY}
     * @param userId the person
     * @return the profile as the actor may see it
     * @throws GovException when the person has no profile or the actor may not read profiles
     */
    ProfileView get(Actor actor, String userId) throws GovException;

    /**
     * Replaces the person-owned fields of the actor's own profile (created on first use).
     *
     * @param actor the person themselves
     * @param details the new values; skills are normalised
     * @param visibilities the visibility of each field; a field left out keeps its current visibility
     * @throws GovException when a value is invalid, a skill the person adds is not in their agency's controlled
     *     vocabulary (see {@link ProfileSettingsService}), or the actor is not a signed-in employee
     */
    void updateOwn(Actor actor, PersonalDetails details, Map<PersonalField, Visibility> visibilities)
        throws GovException;

    /**
     * Replaces the HR-owned fields of a person (creating their profile on first use).
     *
     * @param actor an HR officer or agency administrator of the person's agency
     * @param userId the person, who must have a home agency
     * @param hr the new values
     * @throws GovException when a value is invalid, the manager is unknown or would make a cycle, or the actor may
     *     not
     */
    void updateHr(Actor actor, String userId, HrFields hr) throws GovException;

    /**
     * Deactivates a person who left (their profile is kept, out of the directory) or reactivates them.
     *
     * @param actor an HR officer or agency administrator of the person's agency
     * @param userId the person, who has a profile
     * @param active whether the person is active
     * @throws GovException when the person has no profile or agency, or the actor may not
     */
    void setActive(Actor actor, String userId, boolean active) throws GovException;

    /**
     * Endorses one of a colleague's visible skills; endorsing twice changes nothing.
     *
     * @param actor the colleague, not the person
     * @param userId the person
     * @param skill the skill, as shown
     * @throws GovException when the person does not list that skill visibly to the actor, or the actor is the person
     */
    void endorse(Actor actor, String userId, String skill) throws GovException;

    /**
     * Withdraws the actor's endorsement; withdrawing one that does not exist changes nothing.
     *
     * @param actor the colleague
     * @param userId the person
     * @param skill the skill
     * @throws GovException when the actor may not read profiles
     */
    void withdrawEndorsement(Actor actor, String userId, String skill) throws GovException;

    /**
     * @param actor who reads
     * @param userId the person
     * @return the person's place in the organisation
     * @throws GovException when the person has no profile or the actor may not read profiles
     */
    OrgChart getOrgChart(Actor actor, String userId) throws GovException;

    /**
     * @param actor the person, or someone who may edit their HR fields
     * @param userId the person
     * @return the completeness of the profile
     * @throws GovException when the actor may not see it
     */
    Completeness getCompleteness(Actor actor, String userId) throws GovException;
}
