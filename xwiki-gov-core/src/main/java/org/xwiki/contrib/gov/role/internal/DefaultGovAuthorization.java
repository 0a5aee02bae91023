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
package org.xwiki.contrib.gov.role.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.DeactivatedPeople;
import org.xwiki.contrib.gov.authorization.EmployeeAccess;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.authorization.HostAdministrators;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Decides from the actor's grants and home agency: the system may do everything, anonymous visitors nothing, government
 * administrators (by grant, or because a {@link HostAdministrators} says so) everything; people HR deactivated nothing;
 * others as the operation says.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultGovAuthorization implements GovAuthorization
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcRoleStore roles;

    @Inject
    private JdbcMembershipStore memberships;

    @Inject
    private Provider<List<HostAdministrators>> hostAdministrators;

    @Inject
    private Provider<List<DeactivatedPeople>> deactivatedPeople;

    @Override
    public boolean isAllowed(Actor actor, GovOperation operation, Optional<String> agencyKey) throws GovException
    {
        if (actor.isSystem()) {
            return true;
        }
        Optional<String> userId = actor.userId();
        if (userId.isEmpty() || isDeactivated(userId.get())) {
            return false;
        }
        if (isHostAdministrator(userId.get())) {
            return true;
        }
        return this.store.inTransaction(connection -> allows(connection, userId.get(),
            this.roles.findByUser(connection, userId.get()), operation, agencyKey));
    }

    @Override
    public List<String> allowedAgencies(Actor actor, GovOperation operation, List<String> agencyKeys)
        throws GovException
    {
        if (actor.isSystem()) {
            return List.copyOf(agencyKeys);
        }
        Optional<String> userId = actor.userId();
        if (userId.isEmpty() || isDeactivated(userId.get())) {
            return List.of();
        }
        if (isHostAdministrator(userId.get())) {
            return List.copyOf(agencyKeys);
        }
        return this.store.inTransaction(connection -> {
            List<RoleGrant> grants = this.roles.findByUser(connection, userId.get());
            List<String> allowed = new ArrayList<>();
            for (String agencyKey : agencyKeys) {
                if (allows(connection, userId.get(), grants, operation, Optional.of(agencyKey))) {
                    allowed.add(agencyKey);
                }
            }
            return allowed;
        });
    }

    private boolean isDeactivated(String userId) throws GovException
    {
        for (DeactivatedPeople deactivated : this.deactivatedPeople.get()) {
            if (deactivated.isDeactivated(userId)) {
                return true;
            }
        }
        return false;
    }

    private boolean isHostAdministrator(String userId)
    {
        return this.hostAdministrators.get().stream().anyMatch(host -> host.isAdministrator(userId));
    }

    private boolean allows(Connection connection, String userId, List<RoleGrant> grants, GovOperation operation,
        Optional<String> agencyKey) throws SQLException
    {
        if (grants.stream().anyMatch(grant -> grant.role() == GovRole.GOV_ADMIN)) {
            return true;
        }
        if (agencyKey.isPresent() && grants.stream().anyMatch(
            grant -> operation.agencyRoles().contains(grant.role()) && grant.agencyKey().equals(agencyKey))) {
            return true;
        }
        return operation.employees() != EmployeeAccess.NONE
            && isEmployeeAllowed(operation.employees(), this.memberships.find(connection, userId, false), agencyKey);
    }

    private static boolean isEmployeeAllowed(EmployeeAccess access, Optional<Membership> membership,
        Optional<String> agencyKey)
    {
        if (membership.isEmpty()) {
            return false;
        }
        return access == EmployeeAccess.ALL_AGENCIES
            || agencyKey.isPresent() && agencyKey.get().equals(membership.get().agencyKey());
    }
}
