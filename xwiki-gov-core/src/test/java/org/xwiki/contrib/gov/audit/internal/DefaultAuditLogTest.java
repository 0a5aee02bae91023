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
package org.xwiki.contrib.gov.audit.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.audit.AuditVerification;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The audit chain's rules, on mocks: each record links to the head and hashes as documented, pending entries chained
 * in order, and the verification's verdict on each way a chain breaks.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultAuditLogTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static final String PREVIOUS = "a".repeat(64);

    @InjectMockComponents
    private DefaultAuditLog auditLog;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcAuditStore auditStore;

    @MockComponent
    private Clock clock;

    @MockComponent
    private AuditSigningKey key;

    private final Connection connection = mock(Connection.class);

    private final AuditHasher hasher = new AuditHasher();

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clock.millis()).thenReturn(NOW.toEpochMilli());
        when(this.auditStore.lockHead(this.connection)).thenReturn(new AuditHead(41, PREVIOUS, Instant.EPOCH));
        when(this.auditStore.appendUnlessCopied(eq(this.connection), any(), any())).thenReturn(true);
        // A stand-in HMAC: the text's hash code, enough to tell entries apart.
        when(this.key.mac(anyString())).thenAnswer(call -> "mac:" + call.<String>getArgument(0).hashCode());
        when(this.key.isMacValid(anyString(), anyString())).thenAnswer(call -> call.<String>getArgument(1)
            .equals("mac:" + call.<String>getArgument(0).hashCode()));
    }

    @Test
    void aRecordFollowsTheHeadWithItsCanonicalPayloadAndHash() throws Exception
    {
        AuditRecord record = this.auditLog.append(HANA, "core.role.granted", Map.of("user", "bob", "agency", "H"));

        assertEquals(42, record.sequence());
        assertEquals(PREVIOUS, record.previousHash());
        assertEquals("{\"agency\":\"H\",\"user\":\"bob\"}", record.payload());
        assertEquals(this.hasher.hash(42, NOW.toEpochMilli(), "hana", "core.role.granted", record.payload(),
            PREVIOUS), record.hash());
        verify(this.auditStore).append(this.connection, List.of(record));
    }

    @Test
    void aBadEventTypeIsAProgrammingError()
    {
        assertThrows(IllegalArgumentException.class, () -> this.auditLog.append(HANA, " ", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> this.auditLog.append(HANA, "x".repeat(101), Map.of()));
        verifyNoInteractions(this.store);
    }

    @Test
    void deferredEntriesAreChainedInTheirOrderAndThenRemoved() throws Exception
    {
        List<PendingAuditEntry> pending = List.of(authenticated(new PendingAuditEntry(1, NOW, "alice", "t",
            "{\"n\":1}", "")), authenticated(new PendingAuditEntry(2, NOW.plusMillis(5), "bob", "t", "{\"n\":2}", "")));
        when(this.auditStore.readPending(this.connection, 10)).thenReturn(pending);

        assertEquals(2, this.auditLog.chainPending(10));

        AuditRecord first = new AuditRecord(42, NOW, "alice", "t", "{\"n\":1}", PREVIOUS,
            this.hasher.hash(42, NOW.toEpochMilli(), "alice", "t", "{\"n\":1}", PREVIOUS));
        AuditRecord second = new AuditRecord(43, NOW, "bob", "t", "{\"n\":2}", first.hash(),
            this.hasher.hash(43, NOW.toEpochMilli(), "bob", "t", "{\"n\":2}", first.hash()));
        verify(this.auditStore).appendUnlessCopied(this.connection, List.of(first, second), Map.of());
        verify(this.auditStore, never()).findChainedEntries(any(), any());
        verify(this.auditStore).deletePending(this.connection, pending);
        verify(this.auditStore).refusePending(this.connection, List.of());
    }

    @Test
    void anEntryAddedOrAlteredBehindTheLogsBackIsRefusedNotChained() throws Exception
    {
        PendingAuditEntry genuine = authenticated(new PendingAuditEntry(1, NOW, "alice", "t", "{\"n\":1}", ""));
        PendingAuditEntry forged = new PendingAuditEntry(2, NOW, "mallory", "policy.acknowledgement.recorded",
            "{}", "");
        PendingAuditEntry altered = new PendingAuditEntry(3, NOW, "alice", "t", "{\"n\":9}", genuine.mac());
        when(this.auditStore.readPending(this.connection, 10)).thenReturn(List.of(genuine, forged, altered));

        assertEquals(3, this.auditLog.chainPending(10), "all three handled");

        verify(this.auditStore).appendUnlessCopied(this.connection, List.of(new AuditRecord(42, NOW, "alice", "t",
            "{\"n\":1}", PREVIOUS, this.hasher.hash(42, NOW.toEpochMilli(), "alice", "t", "{\"n\":1}", PREVIOUS))),
            Map.of());
        verify(this.auditStore).deletePending(this.connection, List.of(genuine));
        verify(this.auditStore).refusePending(this.connection, List.of(forged, altered));
    }

    private PendingAuditEntry authenticated(PendingAuditEntry entry)
    {
        return entry.withMac(this.key.mac(entry.authenticatedText()));
    }

    @Test
    void noDeferredPayloadsWriteNothing() throws Exception
    {
        this.auditLog.appendDeferred(HANA, "t", List.of());
        verifyNoInteractions(this.store);

        this.auditLog.appendDeferred(HANA, "t", Map.of("n", 1));
        ArgumentCaptor<List<PendingAuditEntry>> inserted = ArgumentCaptor.captor();
        verify(this.auditStore).insertPending(eq(this.connection), inserted.capture());
        PendingAuditEntry entry = inserted.getValue().get(0);
        assertTrue(entry.payload().matches("\\{\"auditEntry\":\"[0-9a-f-]{36}\",\"n\":1,\"occurredAt\":\""
            + NOW + "\"}"), entry.payload());
        assertEquals(authenticated(new PendingAuditEntry(0, NOW, "hana", "t", entry.payload(), "")), entry);
    }

    @Test
    void aCopyOfAnEntryAlreadyChainedOrTwiceInABatchIsRefused() throws Exception
    {
        PendingAuditEntry original = authenticated(new PendingAuditEntry(1, NOW, "alice", "t",
            "{\"auditEntry\":\"e-1\",\"n\":1}", ""));
        PendingAuditEntry fresh = authenticated(new PendingAuditEntry(2, NOW, "alice", "t",
            "{\"auditEntry\":\"e-2\",\"n\":2}", ""));
        PendingAuditEntry copyOfFresh = new PendingAuditEntry(3, NOW, "alice", "t", fresh.payload(), fresh.mac());
        when(this.auditStore.readPending(this.connection, 10)).thenReturn(List.of(original, fresh, copyOfFresh));
        // The unique index refuses the batch: e-1 is a copy of an entry already chained.
        when(this.auditStore.appendUnlessCopied(eq(this.connection), any(), any())).thenReturn(false);
        when(this.auditStore.findChainedEntries(this.connection, List.of("e-1", "e-2", "e-2")))
            .thenReturn(Set.of("e-1"));

        assertEquals(3, this.auditLog.chainPending(10));

        AuditRecord record = new AuditRecord(42, NOW, "alice", "t", fresh.payload(), PREVIOUS,
            this.hasher.hash(42, NOW.toEpochMilli(), "alice", "t", fresh.payload(), PREVIOUS));
        verify(this.auditStore).append(this.connection, List.of(record), Map.of(42L, "e-2"));
        verify(this.auditStore).refusePending(this.connection, List.of(original, copyOfFresh));
    }

    @Test
    void verificationNamesEachWayAChainBreaks() throws Exception
    {
        List<AuditRecord> chain = chain(3);
        assertTrue(verification(chain, headAt(chain.get(2))).isIntact());

        assertProblem("gov.core.audit.problem.missing", 2, verification(List.of(chain.get(0), chain.get(2)),
            headAt(chain.get(2))));
        AuditRecord relinked = new AuditRecord(2, chain.get(1).recordedAt(), "x", "t", "{}", PREVIOUS,
            chain.get(1).hash());
        assertProblem("gov.core.audit.problem.link", 2,
            verification(List.of(chain.get(0), relinked, chain.get(2)), headAt(chain.get(2))));
        AuditRecord rewritten = new AuditRecord(2, chain.get(1).recordedAt(), "x", "t", "{\"n\":9}",
            chain.get(0).hash(), chain.get(1).hash());
        assertProblem("gov.core.audit.problem.hash", 2,
            verification(List.of(chain.get(0), rewritten, chain.get(2)), headAt(chain.get(2))));
        assertProblem("gov.core.audit.problem.truncated", 3, verification(chain.subList(0, 2),
            headAt(chain.get(2))));
        assertProblem("gov.core.audit.problem.beyondHead", 3,
            verification(chain, headAt(chain.get(1))));
        Instant earlier = NOW.minusSeconds(1);
        AuditRecord backdated = new AuditRecord(2, earlier, "alice", "t", chain.get(1).payload(), chain.get(0).hash(),
            this.hasher.hash(2, earlier.toEpochMilli(), "alice", "t", chain.get(1).payload(), chain.get(0).hash()));
        assertProblem("gov.core.audit.problem.timeBackwards", 2,
            verification(List.of(chain.get(0), backdated), headAt(backdated)));
    }

    private AuditVerification verification(List<AuditRecord> records, AuditHead head) throws Exception
    {
        when(this.auditStore.readHead(this.connection)).thenReturn(head);
        doAnswer(call -> {
            JdbcAuditStore.EntryVisitor visitor = call.getArgument(1);
            for (AuditRecord record : records) {
                if (!visitor.visit(record, null)) {
                    break;
                }
            }
            return null;
        }).when(this.auditStore).walkWithEntries(eq(this.connection), any());
        return this.auditLog.verify();
    }

    private static void assertProblem(String problem, long sequence, AuditVerification verification)
    {
        assertEquals(Optional.of(problem), verification.problem());
        assertEquals(Optional.of(sequence), verification.firstBrokenSequence());
    }

    private static AuditHead headAt(AuditRecord last)
    {
        return new AuditHead(last.sequence(), last.hash(), last.recordedAt());
    }

    private List<AuditRecord> chain(int size) throws Exception
    {
        List<AuditRecord> chain = new ArrayList<>();
        String previous = AuditHasher.GENESIS;
        for (int sequence = 1; sequence <= size; sequence++) {
            String payload = "{\"n\":" + sequence + "}";
            String hash = this.hasher.hash(sequence, NOW.toEpochMilli(), "alice", "t", payload, previous);
            chain.add(new AuditRecord(sequence, NOW, "alice", "t", payload, previous, hash));
            previous = hash;
        }
        return chain;
    }
}
