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
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Grants and revokes roles. Every grant and revocation is recorded in the audit log, in the same transaction.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface RoleService
{
    /**
     * Grants a role. {@link GovRole#GOV_ADMIN} is granted by government administrators only; an agency role by the
     * agency's administrators or government administrators.
     *
     * @param actor who grants it
     * @param userId the user who receives the role; must exist in the wiki
     * @param role the role
     * @param agencyKey the agency for an agency-scoped role; must be empty for {@link GovRole#GOV_ADMIN}
     * @throws GovException when the user or agency is unknown, the scope does not fit the role, the user already
     *     holds the role, or the actor may not grant it
     */
    void grant(Actor actor, String userId, GovRole role, Optional<String> agencyKey) throws GovException;

    /**
     * Revokes a role, with the same rights as {@link #grant}.
     *
     * @param actor who revokes it
     * @param userId the user who holds the role
     * @param role the role
     * @param agencyKey the agency of the grant, empty for {@link GovRole#GOV_ADMIN}
     * @throws GovException when the user does not hold that role, or the actor may not revoke it
     */
    void revoke(Actor actor, String userId, GovRole role, Optional<String> agencyKey) throws GovException;

    /**
     * @param userId a user id
     * @return the roles the user holds
     * @throws GovException when the store fails
     */
    List<RoleGrant> getGrants(String userId) throws GovException;

    /**
     * @param agencyKey an agency key, or empty for the government-wide grants
     * @return the grants that apply to that agency (or the government-wide ones), by user
     * @throws GovException when the store fails
     */
    List<RoleGrant> listGrants(Optional<String> agencyKey) throws GovException;
}
