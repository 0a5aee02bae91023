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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.function.Function;

import javax.inject.Provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.PolicyFixtures;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.content.VersionCache;
import org.xwiki.contrib.gov.policy.internal.export.ReceiptWriter;
import org.xwiki.contrib.gov.policy.internal.store.GuidelineStanding;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAcknowledgementStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcTallyStore;
import org.xwiki.contrib.gov.policy.internal.store.LockedAssignment;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlPart;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of acknowledging on mocks: attestation, the quiz's pass mark, where the guideline stands, an assignment
 * already done or not required, and what a successful acknowledgement writes and audits.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultAcknowledgementServiceTest
{
    private static final String KEY = "SOCIAL";

    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @InjectMockComponents
    private DefaultAcknowledgementService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcGuidelineStore guidelines;

    @MockComponent
    private JdbcAssignmentStore assignments;

    @MockComponent
    private JdbcAcknowledgementStore acknowledgements;

    @MockComponent
    private Provider<PolicyWrites> writesProvider;

    @MockComponent
    private JdbcTallyStore tally;

    @MockComponent
    private PolicyAccess access;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private PolicyConfiguration configuration;

    @MockComponent
    private ReceiptWriter receipts;

    @MockComponent
    private Clock clock;

    @MockComponent
    private VersionCache versions;

    private final Connection connection = mock(Connection.class);

    private final PolicyWrites writes = mock(PolicyWrites.class);

    @BeforeEach
    void runTransactionsOnTheMockConnection() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.writesProvider.get()).thenReturn(this.writes);
        when(this.clock.instant()).thenReturn(NOW);
        when(this.configuration.getTimeZone()).thenReturn(ZoneOffset.UTC);
        when(this.writes.record(eq(this.connection), any(), any(), any(), any(), any()))
            .thenAnswer(call -> call.getArgument(1));
    }

    @Test
    void refusesWithoutTheAttestationBeforeReadingAnything()
    {
        GovException refusal = assertThrows(GovException.class, () -> this.service.acknowledge(ALICE, KEY,
            new AcknowledgementInput(1, Locale.ENGLISH, List.of(), false, Optional.empty())));

        assertEquals("gov.policy.error.attestation", refusal.getMessageKey());
        verifyNoInteractions(this.store);
    }

    @Test
    void refusesAnonymousReaders()
    {
        assertThrows(AccessDeniedException.class, () -> this.service.acknowledge(Actor.anonymous(Locale.ENGLISH), KEY,
            input(1, List.of())));
        verifyNoInteractions(this.store);
    }

    @Test
    void aQuizBelowThePassMarkWritesNothing() throws Exception
    {
        lockable(GuidelineStatus.ACTIVE, 1, AssignmentState.PENDING);
        version(1, 2);

        GovException refusal = assertThrows(GovException.class,
            () -> this.service.acknowledge(ALICE, KEY, input(1, List.of(1, 0))));

        assertEquals("gov.policy.error.quizFailed", refusal.getMessageKey());
        assertEquals(List.of("1", "2", "2"), refusal.getParameters());
        verify(this.writes, never()).record(any(), any(), any(), any(), any(), any());
        verifyNoInteractions(this.auditLog);
    }

    @Test
    void everyQuestionMustBeAnswered() throws Exception
    {
        lockable(GuidelineStatus.ACTIVE, 1, AssignmentState.PENDING);
        version(1, 1);

        assertEquals("gov.policy.error.unanswered", assertThrows(GovException.class,
            () -> this.service.acknowledge(ALICE, KEY, input(1, List.of(1)))).getMessageKey());
    }

    @Test
    void whoeverMayNotReadTheGuidelineIsToldItDoesNotExist() throws Exception
    {
        lockable(GuidelineStatus.RETIRED, 1, AssignmentState.PENDING);
        when(this.access.canRead(any(), eq(ALICE), any())).thenReturn(false);

        assertEquals("gov.policy.error.unknownGuideline", assertThrows(GovException.class,
            () -> this.service.acknowledge(ALICE, KEY, input(1, List.of()))).getMessageKey());
    }

    @Test
    void refusesARetiredGuidelineAndASupersededVersion() throws Exception
    {
        lockable(GuidelineStatus.RETIRED, 1, AssignmentState.PENDING);
        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.service.acknowledge(ALICE, KEY, input(1, List.of()))).getMessageKey());

        lockable(GuidelineStatus.ACTIVE, 3, AssignmentState.PENDING);
        GovException superseded = assertThrows(GovException.class,
            () -> this.service.acknowledge(ALICE, KEY, input(2, List.of())));
        assertEquals("gov.policy.error.superseded", superseded.getMessageKey());
        assertEquals(List.of("2", "3"), superseded.getParameters());
        verify(this.writes, never()).record(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aSecondAcknowledgementReturnsTheFirst() throws Exception
    {
        Assignment done = lockable(GuidelineStatus.ACTIVE, 1, AssignmentState.DONE).assignment();
        Acknowledgement first = mock(Acknowledgement.class);
        when(this.acknowledgements.findByAssignment(this.connection, done.id())).thenReturn(Optional.of(first));

        assertSame(first, this.service.acknowledge(ALICE, KEY, input(1, List.of())));
        verify(this.writes, never()).record(any(), any(), any(), any(), any(), any());
    }

    @Test
    void anExemptPersonHasNothingToAcknowledge() throws Exception
    {
        lockable(GuidelineStatus.ACTIVE, 1, AssignmentState.EXEMPT);

        assertEquals("gov.policy.error.notRequired", assertThrows(GovException.class,
            () -> this.service.acknowledge(ALICE, KEY, input(1, List.of()))).getMessageKey());
    }

    @Test
    void recordsTheAssignmentDoneItsCountersAndTheAuditRecord() throws Exception
    {
        LockedAssignment lockedWithId = lockable(GuidelineStatus.ACTIVE, 1, AssignmentState.PENDING);
        Assignment pending = lockedWithId.assignment();
        when(this.writes.lockCurrent(this.connection, KEY, "alice")).thenReturn(Optional.of(
            new LockedAssignment(lockedWithId.guideline(), pending, OptionalLong.of(42))));
        version(1, 2);
        SqlPart auditInsert = new SqlPart("INSERT", List.of());
        when(this.auditLog.deferredInsert(eq(ALICE), eq("policy.acknowledgement.recorded"), anyMap()))
            .thenReturn(auditInsert);

        Acknowledgement saved = this.service.acknowledge(ALICE, KEY, new AcknowledgementInput(1, Locale.FRENCH,
            List.of(1, 1), true, Optional.of("  Alice Martin ")));

        assertEquals(42, saved.id(), "the id reserved with the lock");
        assertEquals(Optional.of(2), saved.quizScore());
        assertEquals(Optional.of("Alice Martin"), saved.signature());
        assertEquals(Locale.FRENCH, saved.language());
        assertEquals(NOW, saved.acknowledgedAt());
        ArgumentCaptor<Assignment> done = ArgumentCaptor.forClass(Assignment.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<SortedMap<TallyKey, Long>> deltas = ArgumentCaptor.forClass(SortedMap.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Function<Acknowledgement, SqlPart>> audit = ArgumentCaptor.forClass(Function.class);
        verify(this.writes).record(eq(this.connection), eq(saved), done.capture(), deltas.capture(),
            eq(LocalDate.of(2026, 11, 28)), audit.capture());
        assertEquals(AssignmentState.DONE, done.getValue().state());
        assertEquals(Map.of(TallyKey.of(pending), -1L, TallyKey.of(done.getValue()), 1L), deltas.getValue());
        verifyNoInteractions(this.auditLog);

        assertSame(auditInsert, audit.getValue().apply(saved), "written by the writes, with the acknowledgement");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, ?>> details = ArgumentCaptor.forClass(Map.class);
        verify(this.auditLog).deferredInsert(eq(ALICE), eq("policy.acknowledgement.recorded"), details.capture());
        assertEquals(42L, details.getValue().get("acknowledgement"));
        assertEquals("Alice Martin", details.getValue().get("signature"));
    }

    @Test
    void anExtensionMustMoveTheDueDateLater() throws Exception
    {
        when(this.configuration.today()).thenReturn(LocalDate.of(2026, 11, 28));
        Assignment pending = assignment(AssignmentState.PENDING);
        when(this.guidelines.findStanding(this.connection, KEY))
            .thenReturn(Optional.of(new GuidelineStanding(KEY, GuidelineStatus.ACTIVE, 1, 1)));
        when(this.assignments.lock(this.connection, KEY, 1, "bob")).thenReturn(Optional.of(pending));

        GovException refusal = assertThrows(GovException.class,
            () -> this.service.extend(ALICE, KEY, "bob", pending.dueDate(), "Leave"));

        assertEquals("gov.policy.error.extensionNotLater", refusal.getMessageKey());
        verify(this.assignments, never()).update(any(), any());
        verifyNoInteractions(this.auditLog);
    }

    private LockedAssignment lockable(GuidelineStatus status, int currentVersion, AssignmentState state)
        throws Exception
    {
        LockedAssignment locked = new LockedAssignment(new GuidelineStanding(KEY, status, currentVersion, 1),
            assignment(state));
        when(this.writes.lockCurrent(this.connection, KEY, "alice")).thenReturn(Optional.of(locked));
        Guideline guideline = new Guideline(KEY, Optional.of("HEALTH"), status, PolicyFixtures.content(), 14, 1,
            currentVersion);
        when(this.guidelines.find(this.connection, KEY, false)).thenReturn(Optional.of(guideline));
        when(this.access.canRead(this.connection, ALICE, guideline)).thenReturn(true);
        return locked;
    }

    private static Assignment assignment(AssignmentState state)
    {
        return new Assignment(7, KEY, 1, "alice", "HEALTH", Optional.of("HEALTH-PH"), NOW,
            LocalDate.of(2026, 12, 31), state, Optional.empty());
    }

    private void version(int number, int passMark) throws Exception
    {
        GuidelineVersion version = new GuidelineVersion(KEY, number, "1.0", VersionKind.MAJOR, NOW, "hana",
            new Bilingual("", ""), PolicyFixtures.content("Social media", Arrays.asList(PolicyFixtures.question(),
                PolicyFixtures.question()), passMark), "hash", Optional.empty());
        when(this.versions.get(this.connection, KEY, number)).thenReturn(version);
    }

    private static AcknowledgementInput input(int version, List<Integer> answers)
    {
        return new AcknowledgementInput(version, Locale.ENGLISH, answers, true, Optional.empty());
    }
}
