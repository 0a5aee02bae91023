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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The rules of setting home agencies, on mocks: known users, the right on the new agency and, for a transfer, on the
 * one left; agencies and units that exist and belong together; nothing written for no change; listeners told; the
 * audit record one per change or, in bulk, deferred.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultMembershipServiceTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static final Membership BOB_IN_HEALTH = new Membership("bob", "HEALTH", Optional.of("HEALTH-PH"));

    @InjectMockComponents
    private DefaultMembershipService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcMembershipStore memberships;

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

    @MockComponent
    private MembershipListener listener;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clock.instant()).thenReturn(NOW);
        when(this.directory.userExists(anyString())).thenReturn(true);
        when(this.directory.userExists("ghost")).thenReturn(false);
        when(this.memberships.findAll(eq(this.connection), any(), eq(true))).thenReturn(Map.of());
        for (String agency : List.of("HEALTH", "REVENUE")) {
            when(this.agencies.getAgency(agency)).thenReturn(Optional.of(mock(Agency.class)));
        }
        when(this.agencies.getUnit("HEALTH-PH")).thenReturn(Optional.of(new OrgUnit("HEALTH-PH", "HEALTH",
            new Bilingual("Public health", "Sant\u00e9 publique"), Optional.empty())));
        allowed("HEALTH");
    }

    @Test
    void assignsAKnownPersonAndTellsTheListenersAndTheAuditLog() throws Exception
    {
        this.service.assign(HANA, BOB_IN_HEALTH);

        verify(this.memberships).insertAll(this.connection, List.of(BOB_IN_HEALTH), NOW);
        verify(this.listener).membershipsChanged(this.connection, List.of(BOB_IN_HEALTH), NOW.toEpochMilli());
        verify(this.auditLog).append(eq(HANA), eq("core.membership.assigned"), anyMap());
    }

    @Test
    void refusesWithoutTheRightOnTheAgency() throws Exception
    {
        allowed();

        assertThrows(AccessDeniedException.class, () -> this.service.assign(HANA, BOB_IN_HEALTH));
        verify(this.memberships, never()).insertAll(any(), anyList(), any());
    }

    @Test
    void aTransferNeedsTheRightOnTheAgencyLeftToo() throws Exception
    {
        when(this.memberships.findAll(eq(this.connection), any(), eq(true)))
            .thenReturn(Map.of("bob", new Membership("bob", "REVENUE", Optional.empty())));

        assertThrows(AccessDeniedException.class, () -> this.service.assign(HANA, BOB_IN_HEALTH));

        allowed("HEALTH", "REVENUE");
        this.service.assign(HANA, BOB_IN_HEALTH);
        verify(this.memberships).updateAll(this.connection, List.of(BOB_IN_HEALTH), NOW);
    }

    @Test
    void theAgencyAndUnitMustExistAndBelongTogether() throws Exception
    {
        allowed("HEALTH", "NOWHERE", "REVENUE");
        assertEquals("gov.core.error.agency.unknown", assertThrows(GovException.class,
            () -> this.service.assign(HANA, new Membership("bob", "NOWHERE", Optional.empty()))).getMessageKey());
        assertEquals("gov.core.error.unit.unknown", assertThrows(GovException.class,
            () -> this.service.assign(HANA, new Membership("bob", "HEALTH", Optional.of("GONE")))).getMessageKey());
        assertEquals("gov.core.error.membership.unitInOtherAgency", assertThrows(GovException.class,
            () -> this.service.assign(HANA, new Membership("bob", "REVENUE", Optional.of("HEALTH-PH"))))
            .getMessageKey());
        verify(this.memberships, never()).insertAll(any(), anyList(), any());
    }

    @Test
    void theSameMembershipAgainWritesNothing() throws Exception
    {
        when(this.memberships.findAll(eq(this.connection), any(), eq(true))).thenReturn(Map.of("bob", BOB_IN_HEALTH));

        this.service.assign(HANA, BOB_IN_HEALTH);

        verify(this.memberships, never()).updateAll(any(), anyList(), any());
        verify(this.auditLog, never()).append(any(), anyString(), anyMap());
    }

    @Test
    void inBulkEachRefusalIsReportedAndTheRestIsWrittenWithOneDeferredAudit() throws Exception
    {
        Membership carol = new Membership("carol", "HEALTH", Optional.empty());
        Map<String, GovException> refused = this.service.assignInBulk(HANA, List.of(BOB_IN_HEALTH,
            new Membership("ghost", "HEALTH", Optional.empty()), new Membership("dave", "REVENUE", Optional.empty()),
            carol));

        assertEquals(List.of("ghost", "dave"), List.copyOf(refused.keySet()));
        assertEquals("gov.core.error.user.unknown", refused.get("ghost").getMessageKey());
        assertEquals(AccessDeniedException.class, refused.get("dave").getClass());
        verify(this.memberships).insertAll(this.connection, List.of(BOB_IN_HEALTH, carol), NOW);
        verify(this.auditLog).appendDeferred(eq(HANA), eq("core.membership.assigned"), anyList());
        verify(this.auditLog, never()).append(any(), anyString(), anyMap());
    }

    @Test
    void aDepartureIsToldToTheListenersOnlyWhenTheActorMayMoveEveryonesHome() throws Exception
    {
        when(this.memberships.findAll(eq(this.connection), any(), eq(false))).thenReturn(Map.of("bob",
            BOB_IN_HEALTH, "carl", new Membership("carl", "REVENUE", Optional.empty())));

        assertThrows(AccessDeniedException.class, () -> this.service.departed(HANA, List.of("bob", "carl")));
        verify(this.listener, never()).peopleDeparted(any(), any(), anyLong());

        allowed("HEALTH", "REVENUE");
        this.service.departed(HANA, List.of("bob", "carl"));
        verify(this.listener).peopleDeparted(eq(this.connection), eq(List.of("bob", "carl")), anyLong());
    }

    private void allowed(String... agencyKeys) throws GovException
    {
        when(this.authorization.allowedAgencies(eq(HANA), eq(CoreOperations.ASSIGN_MEMBERSHIP), any()))
            .thenAnswer(call -> call.<List<String>>getArgument(2).stream().filter(List.of(agencyKeys)::contains)
                .toList());
    }
}
