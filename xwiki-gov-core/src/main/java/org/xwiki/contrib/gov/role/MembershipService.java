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
package org.xwiki.contrib.gov.role;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.CoreOperations;

/**
 * The home agency and unit of each person. Every change is recorded in the audit log, in the same transaction.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface MembershipService
{
    /**
     * Sets a person's home agency and unit. The actor needs {@link CoreOperations#ASSIGN_MEMBERSHIP} on the new
     * agency and, for a transfer, on the person's current agency too.
     *
     * @param actor who assigns
     * @param membership the person's new home
     * @throws GovException when the user, agency or unit is unknown, the unit belongs to another agency, or the actor
     *     may not assign
     */
    void assign(Actor actor, Membership membership) throws GovException;

    /**
     * As {@link #assign}, for many changes made together (a chunk of an HR import), in one transaction: each
     * membership is checked as {@link #assign} checks it, the refused ones are left out and reported, the others are
     * written in batches. Their audit records are deferred, chained by the background task within seconds, so that
     * thousands of changes do not queue one by one on the head of the audit chain; they are written in the same
     * transaction as the changes, so neither goes without the other.
     *
     * @param actor who assigns
     * @param memberships the people's new homes, one per person
     * @return why each refused membership was refused, by user id, in the given order; empty when all were recorded
     * @throws GovException when the store fails (then nothing is recorded)
     */
    Map<String, GovException> assignInBulk(Actor actor, List<Membership> memberships) throws GovException;

    /**
     * Tells the modules that people left the public service (HR deactivated them), inside the caller's transaction
     * when there is one, so that what they were part of ends with the departure (their cross-agency memberships).
     * Their home agency is kept, for the record. The actor needs {@link CoreOperations#ASSIGN_MEMBERSHIP} on each
     * person's home agency.
     *
     * @param actor who records the departures
     * @param userIds the people who left
     * @throws GovException when the actor may not, or the store fails (then nothing is recorded)
     */
    void departed(Actor actor, List<String> userIds) throws GovException;

    /**
     * @param userId a user id
     * @return the person's home, if assigned
     * @throws GovException when the store fails
     */
    Optional<Membership> get(String userId) throws GovException;

    /**
     * @param agencyKey an agency key
     * @return the people whose home is that agency, by user id
     * @throws GovException when the store fails
     */
    List<Membership> listMembers(String agencyKey) throws GovException;
}
