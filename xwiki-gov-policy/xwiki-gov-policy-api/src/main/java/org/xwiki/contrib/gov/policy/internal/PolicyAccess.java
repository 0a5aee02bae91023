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
package org.xwiki.contrib.gov.policy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.PolicyOperations;
import org.xwiki.contrib.gov.policy.internal.store.ComplianceScope;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleService;

/**
 * The policy module's rights, in one place: who manages, reads and sees the figures of a guideline.
 *
 * @version $Id$
 */
@Component(roles = PolicyAccess.class)
@Singleton
public class PolicyAccess
{
    @Inject
    private GovAuthorization authorization;

    @Inject
    private RoleService roles;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private MembershipService memberships;

    /**
     * @param actor who asks
     * @param guideline a guideline
     * @return whether they may edit, publish and retire it
     * @throws GovException when the store fails
     */
    public boolean canManage(Actor actor, Guideline guideline) throws GovException
    {
        return canOwn(actor, guideline.agencyKey());
    }

    /**
     * @param actor who asks
     * @param agencyKey the agency that would own a guideline, empty for a government-wide one
     * @return whether the actor may manage a guideline of that owner
     * @throws GovException when the check fails
     */
    public boolean canOwn(Actor actor, Optional<String> agencyKey) throws GovException
    {
        return this.authorization.isAllowed(actor, PolicyOperations.MANAGE_GUIDELINE, agencyKey);
    }

    /**
     * @param actor who asks
     * @param guideline a guideline
     * @throws GovException when they may not manage it
     */
    public void checkManage(Actor actor, Guideline guideline) throws GovException
    {
        this.authorization.check(actor, PolicyOperations.MANAGE_GUIDELINE, guideline.agencyKey());
    }

    /**
     * Checks the right to manage a guideline found in the store. Whoever may not even read it is told it does not
     * exist, as for a key nobody used, so that the refusal says nothing of it.
     *
     * @param connection a connection
     * @param actor who asks
     * @param guideline a guideline
     * @throws GovException when they may not manage it
     * @throws SQLException when the store fails
     */
    public void checkManage(Connection connection, Actor actor, Guideline guideline) throws GovException, SQLException
    {
        if (!canManage(actor, guideline)) {
            throw refusal(connection, actor, guideline, PolicyOperations.MANAGE_GUIDELINE);
        }
    }

    /**
     * @param connection a connection
     * @param actor who may not do an operation on a guideline
     * @param guideline the guideline
     * @param operation the operation
     * @return the refusal to tell them: refused when they may read the guideline, otherwise that there is no such
     *     guideline
     * @throws GovException when the store fails
     * @throws SQLException when the store fails
     */
    public GovException refusal(Connection connection, Actor actor, Guideline guideline, GovOperation operation)
        throws GovException, SQLException
    {
        return canRead(connection, actor, guideline) ? new AccessDeniedException(operation.name())
            : unknown(guideline.key());
    }

    /**
     * @param key a guideline key
     * @return what everyone is told of a guideline that does not exist, or that they may not know of
     */
    public static NotFoundException unknown(String key)
    {
        return new NotFoundException("gov.policy.error.unknownGuideline", key);
    }

    /**
     * @param connection a connection
     * @param actor who asks
     * @param guideline a guideline
     * @return whether they may read it: its managers, its agency's employees (everyone's for a government-wide
     *     guideline), and anyone ever assigned it
     * @throws GovException when the store fails
     * @throws SQLException when the store fails
     */
    public boolean canRead(Connection connection, Actor actor, Guideline guideline)
        throws GovException, SQLException
    {
        boolean byRole = guideline.agencyKey().isPresent()
            ? this.authorization.isAllowed(actor, PolicyOperations.READ_AGENCY_GUIDELINE, guideline.agencyKey())
            : this.authorization.isAllowed(actor, PolicyOperations.READ_GOVERNMENT_GUIDELINE, Optional.empty());
        return byRole || canManage(actor, guideline) || actor.userId().isPresent()
            && this.assignments.hasAny(connection, guideline.key(), actor.id());
    }

    /**
     * @param actor who asks
     * @param guideline a guideline
     * @param connection a connection
     * @return the agencies whose figures they may see: all for government administrators; the owning agency for its
     *     HR officers; for a government-wide guideline, the agencies where they are HR officers
     * @throws GovException when they may see none (told as {@link #refusal})
     * @throws SQLException when the store fails
     */
    public ComplianceScope complianceScope(Connection connection, Actor actor, Guideline guideline)
        throws GovException, SQLException
    {
        if (this.authorization.isAllowed(actor, PolicyOperations.VIEW_COMPLIANCE, Optional.empty())) {
            return new ComplianceScope(true, Set.of());
        }
        Set<String> agencies = Set.of();
        if (guideline.agencyKey().isPresent()) {
            if (this.authorization.isAllowed(actor, PolicyOperations.VIEW_COMPLIANCE, guideline.agencyKey())) {
                agencies = Set.of(guideline.agencyKey().get());
            }
        } else if (actor.userId().isPresent()) {
            agencies = this.roles.getGrants(actor.id()).stream().filter(grant -> grant.role() == GovRole.HR_OFFICER)
                .map(grant -> grant.agencyKey().orElseThrow()).collect(Collectors.toSet());
        }
        ComplianceScope scope = new ComplianceScope(false, agencies);
        if (scope.isEmpty()) {
            throw refusal(connection, actor, guideline, PolicyOperations.VIEW_COMPLIANCE);
        }
        return scope;
    }

    /**
     * @param actor who asks
     * @param agencyKey the agency of the person whose assignment they want to change
     * @throws GovException when they may not
     */
    public void checkManageAssignment(Actor actor, String agencyKey) throws GovException
    {
        this.authorization.check(actor, PolicyOperations.MANAGE_ASSIGNMENT, Optional.of(agencyKey));
    }

    /**
     * Checks the right to manage a person's assignments on their current home agency, before anything of their
     * assignments is read, so that a refusal tells nothing of them. A person without a home agency is managed by
     * government administrators only.
     *
     * @param actor who wants to record on the person's behalf, extend their due date or exempt them
     * @param userId the person
     * @throws GovException when they may not
     */
    public void checkManagePerson(Actor actor, String userId) throws GovException
    {
        this.authorization.check(actor, PolicyOperations.MANAGE_ASSIGNMENT,
            this.memberships.get(userId).map(Membership::agencyKey));
    }
}
