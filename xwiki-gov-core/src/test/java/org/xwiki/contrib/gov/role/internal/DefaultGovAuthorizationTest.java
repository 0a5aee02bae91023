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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.DeactivatedPeople;
import org.xwiki.contrib.gov.authorization.EmployeeAccess;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.authorization.HostAdministrators;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Who may do what, on mocks: the system everything, anonymous visitors nothing, government administrators everything,
 * an agency role on its own agency only, employees as the operation says.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultGovAuthorizationTest
{
    private static final Optional<String> HEALTH = Optional.of("HEALTH");

    private static final Optional<String> REVENUE = Optional.of("REVENUE");

    private static final GovOperation ADMINS_ONLY = new GovOperation("test.admins", Set.of(), EmployeeAccess.NONE);

    private static final GovOperation HR_OF_AGENCY =
        new GovOperation("test.hr", Set.of(GovRole.HR_OFFICER), EmployeeAccess.NONE);

    private static final GovOperation OWN_AGENCY_EMPLOYEES =
        new GovOperation("test.home", Set.of(), EmployeeAccess.HOME_AGENCY);

    private static final GovOperation ALL_EMPLOYEES =
        new GovOperation("test.all", Set.of(), EmployeeAccess.ALL_AGENCIES);

    @InjectMockComponents
    private DefaultGovAuthorization authorization;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcRoleStore roles;

    @MockComponent
    private JdbcMembershipStore memberships;

    @MockComponent
    private Provider<List<HostAdministrators>> hostAdministrators;

    @MockComponent
    private Provider<List<DeactivatedPeople>> deactivatedPeople;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void runTransactionsOnTheMockConnection() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.roles.findByUser(any(), anyString())).thenReturn(List.of());
        when(this.memberships.find(any(), anyString(), any(Boolean.class))).thenReturn(Optional.empty());
        when(this.hostAdministrators.get()).thenReturn(List.of());
        when(this.deactivatedPeople.get()).thenReturn(List.of());
    }

    @Test
    void aPersonHrDeactivatedMayDoNothingWhateverTheirGrants() throws Exception
    {
        DeactivatedPeople deactivated = mock(DeactivatedPeople.class);
        when(deactivated.isDeactivated("gov")).thenReturn(true);
        when(this.deactivatedPeople.get()).thenReturn(List.of(deactivated));
        Actor gov = grants("gov", new RoleGrant("gov", GovRole.GOV_ADMIN, Optional.empty(), Instant.EPOCH, "x"));

        assertFalse(this.authorization.isAllowed(gov, ADMINS_ONLY, Optional.empty()));
        assertFalse(this.authorization.isAllowed(gov, ALL_EMPLOYEES, HEALTH));
        assertEquals(List.of(), this.authorization.allowedAgencies(gov, HR_OF_AGENCY, List.of("HEALTH")));
    }

    @Test
    void theSystemMayDoEverythingWithoutAnyLookUp() throws Exception
    {
        assertTrue(this.authorization.isAllowed(Actor.system(), ADMINS_ONLY, Optional.empty()));
        assertEquals(List.of("A", "B"), this.authorization.allowedAgencies(Actor.system(), ADMINS_ONLY,
            List.of("A", "B")));
        verifyNoInteractions(this.store);
    }

    @Test
    void anonymousVisitorsMayDoNothing() throws Exception
    {
        Actor anonymous = Actor.anonymous(Locale.ENGLISH);
        assertFalse(this.authorization.isAllowed(anonymous, ALL_EMPLOYEES, HEALTH));
        assertEquals(List.of(), this.authorization.allowedAgencies(anonymous, ALL_EMPLOYEES, List.of("HEALTH")));
        assertThrows(AccessDeniedException.class, () -> this.authorization.check(anonymous, ALL_EMPLOYEES, HEALTH));
        verifyNoInteractions(this.store);
    }

    @Test
    void governmentAdministratorsMayDoEverything() throws Exception
    {
        Actor gov = grants("gov", new RoleGrant("gov", GovRole.GOV_ADMIN, Optional.empty(), Instant.EPOCH, "x"));
        assertTrue(this.authorization.isAllowed(gov, ADMINS_ONLY, Optional.empty()));
        assertTrue(this.authorization.isAllowed(gov, HR_OF_AGENCY, REVENUE));
    }

    @Test
    void whoeverTheHostMakesAnAdministratorMayDoEverythingWithoutAGrant() throws Exception
    {
        HostAdministrators host = mock(HostAdministrators.class);
        when(host.isAdministrator("wikiadmin")).thenReturn(true);
        when(this.hostAdministrators.get()).thenReturn(List.of(host));
        Actor wikiAdmin = grants("wikiadmin");
        Actor alice = grants("alice");

        assertTrue(this.authorization.isAllowed(wikiAdmin, ADMINS_ONLY, Optional.empty()));
        assertTrue(this.authorization.isAllowed(wikiAdmin, HR_OF_AGENCY, REVENUE));
        assertEquals(List.of("REVENUE", "HEALTH"),
            this.authorization.allowedAgencies(wikiAdmin, HR_OF_AGENCY, List.of("REVENUE", "HEALTH")));
        assertFalse(this.authorization.isAllowed(alice, ADMINS_ONLY, Optional.empty()));
        assertEquals(List.of(), this.authorization.allowedAgencies(alice, HR_OF_AGENCY, List.of("REVENUE")));
    }

    @Test
    void anAgencyRoleCountsOnItsOwnAgencyOnly() throws Exception
    {
        Actor hana = grants("hana", new RoleGrant("hana", GovRole.HR_OFFICER, HEALTH, Instant.EPOCH, "x"));
        assertTrue(this.authorization.isAllowed(hana, HR_OF_AGENCY, HEALTH));
        assertFalse(this.authorization.isAllowed(hana, HR_OF_AGENCY, REVENUE));
        assertFalse(this.authorization.isAllowed(hana, HR_OF_AGENCY, Optional.empty()));
        assertFalse(this.authorization.isAllowed(hana, ADMINS_ONLY, HEALTH));
        assertEquals(List.of("HEALTH"), this.authorization.allowedAgencies(hana, HR_OF_AGENCY,
            List.of("REVENUE", "HEALTH")));
    }

    @Test
    void employeesAsTheOperationSays() throws Exception
    {
        Actor alice = grants("alice");
        assertFalse(this.authorization.isAllowed(alice, ALL_EMPLOYEES, HEALTH), "no home agency, no employee");

        when(this.memberships.find(this.connection, "alice", false))
            .thenReturn(Optional.of(new Membership("alice", "HEALTH", Optional.empty())));
        assertTrue(this.authorization.isAllowed(alice, OWN_AGENCY_EMPLOYEES, HEALTH));
        assertFalse(this.authorization.isAllowed(alice, OWN_AGENCY_EMPLOYEES, REVENUE));
        assertTrue(this.authorization.isAllowed(alice, ALL_EMPLOYEES, REVENUE));
        assertFalse(this.authorization.isAllowed(alice, HR_OF_AGENCY, HEALTH));
    }

    private Actor grants(String userId, RoleGrant... grants) throws Exception
    {
        when(this.roles.findByUser(this.connection, userId)).thenReturn(List.of(grants));
        return Actor.user(userId, userId, Locale.ENGLISH);
    }
}
