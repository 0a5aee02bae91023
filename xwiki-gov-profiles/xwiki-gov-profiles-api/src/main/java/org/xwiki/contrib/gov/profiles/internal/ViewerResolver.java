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
package org.xwiki.contrib.gov.profiles.internal;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleService;

/**
 * Checks that an actor may read the directory and works out what they may see.
 *
 * @version $Id$
 */
@Component(roles = ViewerResolver.class)
@Singleton
public class ViewerResolver
{
    @Inject
    private GovAuthorization authorization;

    @Inject
    private MembershipService memberships;

    @Inject
    private RoleService roles;

    /**
     * @param actor who reads
     * @return the viewer
     * @throws GovException when the actor may not read the directory
     */
    public Viewer resolve(Actor actor) throws GovException
    {
        this.authorization.check(actor, ProfileOperations.VIEW_DIRECTORY, Optional.empty());
        if (actor.userId().isEmpty()) {
            return new Viewer(Optional.empty(), Optional.empty(), Set.of());
        }
        String userId = actor.userId().get();
        Set<String> hrAgencies = this.roles.getGrants(userId).stream()
            .filter(grant -> grant.role() == GovRole.HR_OFFICER)
            .map(grant -> grant.agencyKey().orElseThrow())
            .collect(Collectors.toSet());
        return new Viewer(Optional.of(userId), this.memberships.get(userId).map(Membership::agencyKey), hrAgencies);
    }
}
