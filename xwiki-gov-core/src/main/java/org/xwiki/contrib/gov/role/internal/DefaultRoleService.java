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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlStates;

/**
 * Checks scope, rights and the user's existence, then changes the grant and records it in the audit log, in one
 * transaction.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultRoleService implements RoleService
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcRoleStore roles;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private AuditLog auditLog;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private WikiDirectory directory;

    @Inject
    private Clock clock;

    @Override
    public void grant(Actor actor, String userId, GovRole role, Optional<String> agencyKey) throws GovException
    {
        checkScopeAndRights(actor, role, agencyKey);
        if (!this.directory.userExists(userId)) {
            throw new GovException("gov.core.error.user.unknown", userId);
        }
        this.store.inTransaction(connection -> {
            checkAgencyExists(agencyKey);
            try {
                this.roles.insert(connection,
                    new RoleGrant(userId, role, agencyKey, this.clock.instant(), actor.auditId()));
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    throw new GovException("gov.core.error.role.alreadyGranted", userId, role,
                        agencyKey.orElse(""));
                }
                throw e;
            }
            return this.auditLog.append(actor, "core.role.granted", payload(userId, role, agencyKey));
        });
    }

    @Override
    public void revoke(Actor actor, String userId, GovRole role, Optional<String> agencyKey) throws GovException
    {
        checkScopeAndRights(actor, role, agencyKey);
        this.store.inTransaction(connection -> {
            if (role == GovRole.GOV_ADMIN && this.roles.countHolders(connection, role) == 1) {
                throw new GovException("gov.core.error.role.lastGovAdmin");
            }
            if (!this.roles.delete(connection, userId, role, agencyKey)) {
                throw new GovException("gov.core.error.role.notGranted", userId, role, agencyKey.orElse(""));
            }
            return this.auditLog.append(actor, "core.role.revoked", payload(userId, role, agencyKey));
        });
    }

    @Override
    public List<RoleGrant> getGrants(String userId) throws GovException
    {
        return this.store.inTransaction(connection -> this.roles.findByUser(connection, userId));
    }

    @Override
    public List<RoleGrant> listGrants(Optional<String> agencyKey) throws GovException
    {
        return this.store.inTransaction(connection -> this.roles.findByScope(connection, agencyKey));
    }

    private void checkScopeAndRights(Actor actor, GovRole role, Optional<String> agencyKey) throws GovException
    {
        if (role.isAgencyScoped() && agencyKey.isEmpty()) {
            throw new GovException("gov.core.error.role.agencyRequired", role);
        }
        if (!role.isAgencyScoped() && agencyKey.isPresent()) {
            throw new GovException("gov.core.error.role.agencyNotAllowed", role);
        }
        this.authorization.check(actor,
            role.isAgencyScoped() ? CoreOperations.MANAGE_AGENCY_ROLES : CoreOperations.MANAGE_GOVERNMENT_ROLES,
            agencyKey);
    }

    private void checkAgencyExists(Optional<String> agencyKey) throws GovException
    {
        if (agencyKey.isPresent() && this.agencies.getAgency(agencyKey.get()).isEmpty()) {
            throw new GovException("gov.core.error.agency.unknown", agencyKey.get());
        }
    }

    private static Map<String, String> payload(String userId, GovRole role, Optional<String> agencyKey)
    {
        return Map.of("user", userId, "role", role.name(), "agency", agencyKey.orElse(""));
    }
}
