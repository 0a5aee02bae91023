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
package org.xwiki.contrib.gov.crossagency.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.AgencyApproval;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcAmendmentStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of cross-agency charters and their lifecycle, on mocks: who may propose and decide, checked before the
 * space is read; what a charter must hold; the last approval activating the space.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(SpaceAccess.class)
class DefaultSpaceServiceTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Actor OMAR = Actor.user("omar", "Omar", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @InjectMockComponents
    private DefaultSpaceService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcSpaceStore spaces;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private MembershipService memberships;

    @MockComponent
    private WikiDirectory directory;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private CrossAgencyConfiguration configuration;

    @MockComponent
    private ClearanceService clearances;

    @MockComponent
    private JdbcAmendmentStore amendments;

    @MockComponent
    private Clock clock;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clock.instant()).thenReturn(NOW);
        when(this.clearances.getLevels()).thenReturn(List.of("UNCLASSIFIED", "PROTECTED_A"));
        when(this.clearances.isLevel(anyString())).thenCallRealMethod();
        when(this.clearances.covers(anyString(), anyString())).thenCallRealMethod();
        when(this.clearances.get(anyString())).thenReturn("PROTECTED_A");
        when(this.configuration.today()).thenReturn(LocalDate.of(2026, 11, 28));
        when(this.agencies.getAgency(anyString())).thenReturn(Optional.of(mock(Agency.class)));
        when(this.directory.userExists(anyString())).thenReturn(true);
        when(this.memberships.get("alice")).thenReturn(Optional.of(new Membership("alice", "HEALTH",
            Optional.empty())));
        when(this.memberships.get("bob")).thenReturn(Optional.of(new Membership("bob", "REVENUE", Optional.empty())));
    }

    @Test
    void anonymousVisitorsProposeNothing()
    {
        assertThrows(AccessDeniedException.class,
            () -> this.service.propose(Actor.anonymous(Locale.ENGLISH), charter(List.of("alice", "bob"))));
        verifyNoInteractions(this.store, this.agencies);
    }

    @Test
    void theRightToProposeIsCheckedBeforeTheAgenciesAreRead() throws Exception
    {
        doThrow(new AccessDeniedException("crossagency.space.propose")).when(this.authorization).check(ALICE,
            CrossAgencyOperations.PROPOSE_SPACE, Optional.of("HEALTH"));

        assertThrows(AccessDeniedException.class, () -> this.service.propose(ALICE, charter(List.of("alice",
            "bob"))));
        verifyNoInteractions(this.agencies, this.directory, this.store);
    }

    @Test
    void everyAgencyNeedsAStewardOfItsOwn()
    {
        assertEquals("gov.crossagency.error.noSteward", assertThrows(GovException.class,
            () -> this.service.propose(ALICE, charter(List.of("alice")))).getMessageKey());
        verifyNoInteractions(this.store);
    }

    @Test
    void everyStewardHoldsTheLabel() throws Exception
    {
        when(this.clearances.get("bob")).thenReturn("UNCLASSIFIED");

        GovException refusal = assertThrows(GovException.class,
            () -> this.service.propose(ALICE, charter(List.of("alice", "bob"), "PROTECTED_A")));

        assertEquals("gov.crossagency.error.belowLabel", refusal.getMessageKey());
        assertEquals(List.of("bob", "PROTECTED_A"), refusal.getParameters());
        verify(this.store, never()).inTransaction(any());
    }

    @Test
    void nobodyProposesASpaceAboveTheirOwnClearance() throws Exception
    {
        when(this.clearances.get("omar")).thenReturn("UNCLASSIFIED");

        assertEquals("gov.crossagency.error.proposerBelowLabel", assertThrows(GovException.class,
            () -> this.service.propose(OMAR, charter(List.of("alice", "bob"), "PROTECTED_A"))).getMessageKey());
        verify(this.store, never()).inTransaction(any());
    }

    @Test
    void aDecisionChecksTheRightOnTheAgencyBeforeReadingTheSpace() throws Exception
    {
        doThrow(new AccessDeniedException("crossagency.space.decide")).when(this.authorization).check(OMAR,
            CrossAgencyOperations.DECIDE_FOR_AGENCY, Optional.of("HEALTH"));

        assertThrows(AccessDeniedException.class, () -> this.service.approve(OMAR, "TASK", "HEALTH"));
        verifyNoInteractions(this.store, this.spaces);
    }

    @Test
    void theLastApprovalActivatesTheSpace() throws Exception
    {
        Space proposed = space(ApprovalState.APPROVED, ApprovalState.PENDING);
        when(this.spaces.find(this.connection, "TASK", true)).thenReturn(Optional.of(proposed));
        when(this.spaces.find(this.connection, "TASK", false)).thenReturn(Optional.of(proposed));

        this.service.approve(OMAR, "TASK", "REVENUE");

        verify(this.spaces).decide(this.connection, "TASK", new AgencyApproval("REVENUE", ApprovalState.APPROVED,
            Optional.of("omar"), Optional.of(NOW), Optional.empty()));
        verify(this.spaces).setStatus(this.connection, "TASK", SpaceStatus.ACTIVE, NOW);
        verify(this.auditLog).append(eq(OMAR), eq("crossagency.space.activated"), anyMap());
    }

    @Test
    void anApprovalBeforeTheOthersLeavesTheSpaceProposed() throws Exception
    {
        Space proposed = space(ApprovalState.PENDING, ApprovalState.PENDING);
        when(this.spaces.find(eq(this.connection), eq("TASK"), any(Boolean.class))).thenReturn(Optional.of(proposed));

        this.service.approve(OMAR, "TASK", "HEALTH");

        verify(this.spaces, never()).setStatus(any(), anyString(), any(), any());
    }

    @Test
    void anUnknownSpaceIsNotFound() throws Exception
    {
        when(this.spaces.find(eq(this.connection), anyString(), any(Boolean.class))).thenReturn(Optional.empty());

        assertThrows(NotFoundException.class, () -> this.service.approve(OMAR, "NONE", "HEALTH"));
        assertThrows(NotFoundException.class, () -> this.service.get(ALICE, "NONE"));
    }

    private static SpaceCharter charter(List<String> stewards)
    {
        return charter(stewards, "UNCLASSIFIED");
    }

    private static SpaceCharter charter(List<String> stewards, String label)
    {
        return new SpaceCharter("TASK", new Bilingual("Task force", "Groupe de travail"),
            new Bilingual("Work together.", "Travailler ensemble."), "HEALTH", List.of("HEALTH", "REVENUE"), stewards,
            label, MembershipPolicy.OPEN, 90, Optional.empty());
    }

    private static Space space(ApprovalState health, ApprovalState revenue)
    {
        return new Space(charter(List.of("alice", "bob")), SpaceStatus.PROPOSED, "alice", NOW, List.of(
            new AgencyApproval("HEALTH", health, Optional.empty(), Optional.empty(), Optional.empty()),
            new AgencyApproval("REVENUE", revenue, Optional.empty(), Optional.empty(), Optional.empty())));
    }
}
