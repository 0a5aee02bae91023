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
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of granting and revoking roles, on mocks: the scope a role takes, the right to grant it checked first,
 * users and agencies that exist, a role granted once, and a government that keeps an administrator.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultRoleServiceTest
{
    private static final Actor ADA = Actor.user("ada", "Ada", Locale.ENGLISH);

    private static final Optional<String> HEALTH = Optional.of("HEALTH");

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @InjectMockComponents
    private DefaultRoleService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcRoleStore roles;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private WikiDirectory directory;

    @MockComponent
    private Clock clock;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clock.instant()).thenReturn(NOW);
        when(this.directory.userExists("bob")).thenReturn(true);
        when(this.agencies.getAgency("HEALTH")).thenReturn(Optional.of(mock(Agency.class)));
    }

    @Test
    void anAgencyRoleNeedsAnAgencyAndAGovernmentRoleNone() throws Exception
    {
        assertEquals("gov.core.error.role.agencyRequired", assertThrows(GovException.class,
            () -> this.service.grant(ADA, "bob", GovRole.HR_OFFICER, Optional.empty())).getMessageKey());
        assertEquals("gov.core.error.role.agencyNotAllowed", assertThrows(GovException.class,
            () -> this.service.grant(ADA, "bob", GovRole.GOV_ADMIN, HEALTH)).getMessageKey());
        verifyNoInteractions(this.authorization, this.store);
    }

    @Test
    void checksTheRightForTheRolesScopeBeforeLookingAnythingUp() throws Exception
    {
        doThrow(new AccessDeniedException("core.role.manage")).when(this.authorization).check(ADA,
            CoreOperations.MANAGE_AGENCY_ROLES, HEALTH);

        assertThrows(AccessDeniedException.class, () -> this.service.grant(ADA, "bob", GovRole.HR_OFFICER, HEALTH));
        verifyNoInteractions(this.directory, this.store);

        this.service.grant(ADA, "bob", GovRole.GOV_ADMIN, Optional.empty());
        verify(this.authorization).check(ADA, CoreOperations.MANAGE_GOVERNMENT_ROLES, Optional.empty());
    }

    @Test
    void grantsToKnownUsersInKnownAgencies() throws Exception
    {
        assertEquals("gov.core.error.user.unknown", assertThrows(GovException.class,
            () -> this.service.grant(ADA, "ghost", GovRole.HR_OFFICER, HEALTH)).getMessageKey());
        assertEquals("gov.core.error.agency.unknown", assertThrows(GovException.class,
            () -> this.service.grant(ADA, "bob", GovRole.HR_OFFICER, Optional.of("NOWHERE"))).getMessageKey());
        verify(this.roles, never()).insert(any(), any());
    }

    @Test
    void aRoleIsGrantedOnceAndEachGrantIsAudited() throws Exception
    {
        this.service.grant(ADA, "bob", GovRole.HR_OFFICER, HEALTH);
        verify(this.roles).insert(this.connection, new RoleGrant("bob", GovRole.HR_OFFICER, HEALTH, NOW, "ada"));
        verify(this.auditLog).append(eq(ADA), eq("core.role.granted"), anyMap());

        doThrow(new SQLException("duplicate", "23505")).when(this.roles).insert(eq(this.connection), any());
        assertEquals("gov.core.error.role.alreadyGranted", assertThrows(GovException.class,
            () -> this.service.grant(ADA, "bob", GovRole.HR_OFFICER, HEALTH)).getMessageKey());
    }

    @Test
    void theLastGovernmentAdministratorStays() throws Exception
    {
        when(this.roles.countHolders(this.connection, GovRole.GOV_ADMIN)).thenReturn(1);

        assertEquals("gov.core.error.role.lastGovAdmin", assertThrows(GovException.class,
            () -> this.service.revoke(ADA, "gov", GovRole.GOV_ADMIN, Optional.empty())).getMessageKey());
        verify(this.roles, never()).delete(any(), any(), any(), any());
    }

    @Test
    void revokingARoleNotHeldIsRefused() throws Exception
    {
        assertEquals("gov.core.error.role.notGranted", assertThrows(GovException.class,
            () -> this.service.revoke(ADA, "bob", GovRole.HR_OFFICER, HEALTH)).getMessageKey());
        verifyNoInteractions(this.auditLog);

        when(this.roles.delete(this.connection, "bob", GovRole.HR_OFFICER, HEALTH)).thenReturn(true);
        this.service.revoke(ADA, "bob", GovRole.HR_OFFICER, HEALTH);
        verify(this.auditLog).append(eq(ADA), eq("core.role.revoked"), anyMap());
    }
}
