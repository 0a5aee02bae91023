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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.audit.AuditVerification;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlPart;
import org.xwiki.contrib.gov.test.AbstractKernelTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit chain on a real database: appends, concurrency, tampering and verification.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AuditLogStoreTest extends AbstractKernelTest
{
    private static final int WRITERS = 16;

    private static final int APPENDS_PER_WRITER = 25;

    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private AuditLog log()
    {
        return this.kernel.get(AuditLog.class);
    }

    @Test
    void appendsLinkEachRecordToThePreviousOne() throws Exception
    {
        AuditRecord first = log().append(ALICE, "test.thing.done", Map.of("b", 2, "a", "x"));
        this.kernel.clock().advance(Duration.ofSeconds(1));
        AuditRecord second = log().append(Actor.system(), "test.thing.undone", Map.of());

        assertEquals(1, first.sequence());
        assertEquals(AuditHasher.GENESIS, first.previousHash());
        assertEquals("{\"a\":\"x\",\"b\":2}", first.payload());
        assertEquals(2, second.sequence());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(Actor.SYSTEM_ID, second.actorId());
        assertEquals(List.of(first, second), log().read(1, 10));
        assertEquals(AuditVerification.intact(2), log().verify());
    }

    @Test
    void anEmptyChainIsIntact() throws Exception
    {
        assertEquals(AuditVerification.intact(0), log().verify());
    }

    @Test
    void aRecordAppendedInARolledBackTransactionLeavesNoTrace() throws Exception
    {
        log().append(ALICE, "test.kept", Map.of());
        GovException refusal = assertThrows(GovException.class, () -> this.kernel.get(GovStore.class)
            .inTransaction(connection -> {
                log().append(ALICE, "test.rolledBack", Map.of());
                throw new GovException("test.refused");
            }));

        assertEquals("test.refused", refusal.getMessageKey());
        assertEquals(1, log().read(1, 10).size());
        assertEquals(2, log().append(ALICE, "test.next", Map.of()).sequence());
        assertTrue(log().verify().isIntact());
    }

    @Test
    void concurrentWritersNeitherForkNorLoseRecords() throws Exception
    {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            Callable<List<Long>> appends = () -> {
                start.await();
                List<Long> sequences = new ArrayList<>();
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    sequences.add(log().append(ALICE, "test.concurrent", Map.of("writer", id, "i", i)).sequence());
                }
                return sequences;
            };
            writers.add(pool.submit(appends));
        }
        start.countDown();
        Set<Long> sequences = new HashSet<>();
        for (Future<List<Long>> writer : writers) {
            sequences.addAll(writer.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        int total = WRITERS * APPENDS_PER_WRITER;
        assertEquals(total, sequences.size(), "every append got its own sequence number");
        List<AuditRecord> records = log().read(1, total + 1);
        assertEquals(total, records.size(), "no record lost");
        Set<String> previousHashes = new HashSet<>();
        records.forEach(record -> previousHashes.add(record.previousHash()));
        assertEquals(total, previousHashes.size(), "no two records follow the same one");
        assertEquals(AuditVerification.intact(total), log().verify());
    }

    @Test
    void deferredRecordsJoinTheChainInOrderDatedWhenTheyJoinWithTheTimeOfTheirEventInTheirDetails() throws Exception
    {
        log().append(ALICE, "test.immediate", Map.of());
        Instant eventTime = this.kernel.clock().instant().plusSeconds(5);
        this.kernel.clock().set(eventTime);
        log().appendDeferred(ALICE, "test.deferred", Map.of("n", 1));
        log().appendDeferred(Actor.system(), "test.deferred", Map.of("n", 2));
        this.kernel.clock().advance(Duration.ofMinutes(1));
        log().append(ALICE, "test.immediate", Map.of("n", 3));

        assertEquals(2, log().countPending());
        assertEquals(2, log().read(1, 10).size(), "not in the chain yet");
        assertEquals(2, log().chainPending(10));

        List<AuditRecord> records = log().read(1, 10);
        String occurred = ",\"occurredAt\":\"" + eventTime + "\"}";
        assertEquals(List.of("{}", "{\"n\":3}", "{\"n\":1" + occurred, "{\"n\":2" + occurred),
            records.stream().map(AuditRecord::payload).map(AuditLogStoreTest::withoutEntry).toList());
        assertEquals(eventTime.plus(Duration.ofMinutes(1)), records.get(2).recordedAt(),
            "dated when it joined the chain, after the record appended meanwhile");
        assertEquals(0, log().countPending());
        assertEquals(0, log().chainPending(10));
        assertEquals(AuditVerification.intact(4), log().verify());
    }

    @Test
    void recordsGoForwardInTimeEvenWhenTheClockGoesBack() throws Exception
    {
        log().append(ALICE, "test.numbered", Map.of("n", 1));
        Instant first = log().read(1, 1).get(0).recordedAt();
        this.kernel.clock().set(first.minus(Duration.ofHours(1)));
        log().append(ALICE, "test.numbered", Map.of("n", 2));
        log().appendDeferred(ALICE, "test.deferred", Map.of("n", 3));
        log().chainPending(10);

        assertEquals(List.of(first, first, first), log().read(1, 10).stream().map(AuditRecord::recordedAt).toList());
        assertTrue(log().verify().isIntact());
    }

    @Test
    void verificationNamesARecordDatedBeforeTheOneBeforeItEvenWithItsHashesRecomputed() throws Exception
    {
        appendFive();
        // A record of the window (no checkpoint yet) moved years back, and every later hash recomputed, as the
        // record format in docs/developers.md lets anyone do.
        String previous = log().read(3, 1).get(0).hash();
        for (AuditRecord record : log().read(4, 10)) {
            long at = record.sequence() == 4 ? 1262304000000L : record.recordedAt().toEpochMilli();
            String hash = new AuditHasher().hash(record.sequence(), at, record.actorId(), record.type(),
                record.payload(), previous);
            execute("UPDATE gov_audit_record SET recorded_at = " + at + ", previous_hash = '" + previous
                + "', record_hash = '" + hash + "' WHERE sequence_number = " + record.sequence());
            previous = hash;
        }
        execute("UPDATE gov_audit_head SET last_hash = '" + previous + "'");

        AuditVerification verification = log().verify();
        assertEquals(4L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.timeBackwards", verification.problem().orElseThrow());
    }

    @Test
    void aDeferredRecordOfARolledBackChangeNeverReachesTheChain() throws Exception
    {
        assertThrows(GovException.class, () -> this.kernel.get(GovStore.class).inTransaction(connection -> {
            log().appendDeferred(ALICE, "test.rolledBack", Map.of());
            throw new GovException("test.refused");
        }));

        assertEquals(0, log().countPending());
    }

    @Test
    void aDeferredInsertWritesNothingUntilItRunsThenJoinsTheChainSealedLikeTheOthers() throws Exception
    {
        SqlPart insert = log().deferredInsert(ALICE, "test.withWrites", Map.of("n", 1));
        assertEquals(0, log().countPending(), "written by the caller, not by the log");

        this.kernel.get(GovStore.class).inTransaction(insert::executeUpdate);
        assertThrows(GovException.class, () -> this.kernel.get(GovStore.class).inTransaction(connection -> {
            log().deferredInsert(ALICE, "test.rolledBack", Map.of()).executeUpdate(connection);
            throw new GovException("test.refused");
        }));

        assertEquals(1, log().countPending());
        assertEquals(1, log().chainPending(10));
        AuditRecord record = log().read(1, 1).get(0);
        assertEquals("test.withWrites", record.type());
        assertEquals("{\"n\":1,\"occurredAt\":\"" + this.kernel.clock().instant() + "\"}",
            withoutEntry(record.payload()));
        assertTrue(log().verify().isIntact());
    }

    @Test
    void deferredRecordsFromManyWritersAreChainedOnceEachByConcurrentChainers() throws Exception
    {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    log().appendDeferred(ALICE, "test.concurrent", Map.of("writer", id, "i", i));
                }
                return APPENDS_PER_WRITER;
            }));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<Integer>> chainers = new ArrayList<>();
        for (int chainer = 0; chainer < 2; chainer++) {
            chainers.add(pool.submit(() -> {
                start.await();
                int linked = 0;
                while (writing.get()) {
                    linked += log().chainPending(7);
                }
                return linked;
            }));
        }
        start.countDown();
        for (Future<Integer> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        int linked = 0;
        for (Future<Integer> chainer : chainers) {
            linked += chainer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        linked += log().chainPending(WRITERS * APPENDS_PER_WRITER);

        int total = WRITERS * APPENDS_PER_WRITER;
        assertEquals(total, linked, "every entry linked exactly once");
        assertEquals(0, log().countPending());
        assertEquals(AuditVerification.intact(total), log().verify());
    }

    @Test
    void verificationNamesARecordWhosePayloadWasAltered() throws Exception
    {
        appendFive();
        execute("UPDATE gov_audit_record SET payload = '{\"n\":99}' WHERE sequence_number = 3");

        AuditVerification verification = log().verify();
        assertFalse(verification.isIntact());
        assertEquals(3L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.hash", verification.problem().orElseThrow());
        assertEquals(2, verification.recordsChecked());
    }

    @Test
    void verificationNamesARecordWhoseHashWasRecomputedButNotItsSuccessorsLink() throws Exception
    {
        appendFive();
        AuditRecord third = log().read(3, 1).get(0);
        String forged = new AuditHasher().hash(3, third.recordedAt().toEpochMilli(), "mallory", third.type(),
            third.payload(), third.previousHash());
        execute("UPDATE gov_audit_record SET actor_id = 'mallory', record_hash = '" + forged
            + "' WHERE sequence_number = 3");

        AuditVerification verification = log().verify();
        assertEquals(4L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.link", verification.problem().orElseThrow());
    }

    @Test
    void verificationNamesADeletedRecord() throws Exception
    {
        appendFive();
        execute("DELETE FROM gov_audit_record WHERE sequence_number = 2");

        AuditVerification verification = log().verify();
        assertEquals(2L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.missing", verification.problem().orElseThrow());
    }

    @Test
    void verificationNamesTheFirstOfTheRecordsCutFromTheEnd() throws Exception
    {
        appendFive();
        execute("DELETE FROM gov_audit_record WHERE sequence_number >= 4");

        AuditVerification verification = log().verify();
        assertEquals(4L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.truncated", verification.problem().orElseThrow());
    }

    @Test
    void verificationNamesARecordAddedBehindTheLogsBack() throws Exception
    {
        appendFive();
        execute("UPDATE gov_audit_head SET last_sequence = 4");

        AuditVerification verification = log().verify();
        assertEquals(5L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.beyondHead", verification.problem().orElseThrow());
    }

    @Test
    void theDatabaseRefusesTwoRecordsAfterTheSameOne() throws Exception
    {
        AuditRecord first = log().append(ALICE, "test.one", Map.of());
        GovException fork = assertThrows(GovException.class, () -> execute(
            "INSERT INTO gov_audit_record VALUES (2, 0, 'x', 'y', '{}', '" + AuditHasher.GENESIS + "', '"
                + "f".repeat(64) + "')"));

        assertEquals("gov.core.error.store.failure", fork.getMessageKey());
        assertEquals(List.of(first), log().read(1, 10));
    }

    @Test
    void aCheckpointCatchesTheLastRecordRemovedAndTheHeadMovedBack() throws Exception
    {
        appendFive();
        checkpoints().write();
        AuditRecord fourth = log().read(4, 1).get(0);
        execute("DELETE FROM gov_audit_record WHERE sequence_number = 5");
        execute("UPDATE gov_audit_head SET last_sequence = 4, last_hash = '" + fourth.hash() + "'");

        AuditVerification verification = log().verify();
        assertEquals(5L, verification.firstBrokenSequence().orElseThrow());
        assertEquals("gov.core.audit.problem.checkpointMissing", verification.problem().orElseThrow());
    }

    @Test
    void aCheckpointCatchesARecordRewrittenWithEveryLaterHashRecomputed() throws Exception
    {
        appendFive();
        checkpoints().write();
        // As the record format in docs/developers.md lets anyone do: rewrite record 2, recompute the rest, move the
        // head.
        String previous = log().read(1, 1).get(0).hash();
        for (AuditRecord record : log().read(2, 10)) {
            String actor = record.sequence() == 2 ? "mallory" : record.actorId();
            String payload = record.sequence() == 2
                ? "{\"agency\":\"\",\"role\":\"GOV_ADMIN\",\"user\":\"mallory\"}" : record.payload();
            String type = record.sequence() == 2 ? "core.role.granted" : record.type();
            String hash = new AuditHasher().hash(record.sequence(), record.recordedAt().toEpochMilli(), actor, type,
                payload, previous);
            execute("UPDATE gov_audit_record SET actor_id = '" + actor + "', event_type = '" + type + "', payload = '"
                + payload + "', previous_hash = '" + previous + "', record_hash = '" + hash
                + "' WHERE sequence_number = " + record.sequence());
            previous = hash;
        }
        execute("UPDATE gov_audit_head SET last_hash = '" + previous + "'");

        AuditVerification verification = log().verify();
        assertEquals(5L, verification.firstBrokenSequence().orElseThrow(),
            "the checkpointed record: the chain fits itself, not the hash the checkpoint signed");
        assertEquals("gov.core.audit.problem.checkpoint", verification.problem().orElseThrow());
    }

    @Test
    void aForgedCheckpointIsReportedAndRecordsAfterTheLastOneAreCoveredByTheChainOnly() throws Exception
    {
        appendFive();
        checkpoints().write();
        assertTrue(checkpoints().write().isEmpty(), "nothing new to sign");
        log().append(ALICE, "test.numbered", Map.of("n", 6));
        assertTrue(log().verify().isIntact());
        execute("DELETE FROM gov_audit_record WHERE sequence_number = 6");
        execute("UPDATE gov_audit_head SET last_sequence = 5, last_hash = '" + log().read(5, 1).get(0).hash() + "'");
        assertTrue(log().verify().isIntact(), "the window: a record written after the last checkpoint");

        Path file = this.kernel.get(AuditSigningKey.class).getFolder().resolve("checkpoints.log");
        Files.writeString(file, Files.readString(file).replaceFirst("^5 ", "4 "));
        assertEquals("gov.core.audit.problem.checkpointSignature", log().verify().problem().orElseThrow());
    }

    @Test
    void aWaitingEntryAddedOrAlteredInTheDatabaseIsRefusedNotChained() throws Exception
    {
        log().append(ALICE, "test.immediate", Map.of());
        log().appendDeferred(ALICE, "test.deferred", Map.of("n", 1));
        log().appendDeferred(ALICE, "test.deferred", Map.of("n", 2));
        // A fake acknowledgement dated years ago, as a database administrator would add it.
        execute("INSERT INTO gov_audit_pending (recorded_at, actor_id, event_type, payload) VALUES (1262304000000, "
            + "'mallory', 'policy.acknowledgement.recorded', '{\"guideline\":\"CODE\",\"user\":\"mallory\"}')");
        execute("UPDATE gov_audit_pending SET payload = REPLACE(payload, '\"n\":2', '\"n\":3') "
            + "WHERE payload LIKE '%\"n\":2,%'");

        assertEquals(3, log().chainPending(10), "three handled: one linked, two refused");

        assertEquals(List.of("{}", "{\"n\":1,\"occurredAt\":\"" + this.kernel.clock().instant() + "\"}"),
            log().read(1, 10).stream().map(AuditRecord::payload).map(AuditLogStoreTest::withoutEntry).toList(),
            "only the genuine entry joined the chain");
        assertEquals(0, log().countPending());
        assertEquals(0, log().chainPending(10), "refused entries are not read again");
        AuditVerification verification = log().verify();
        assertEquals("gov.core.audit.problem.forgedPending", verification.problem().orElseThrow());
        assertEquals(2, verification.recordsChecked(), "the chain itself is intact");
    }

    @Test
    void aReceiptsEvidenceIsSignedOnceACheckpointCoversItsRecordAndHoldsOffline() throws Exception
    {
        Instant before = this.kernel.clock().instant();
        log().appendDeferred(ALICE, "test.acknowledged", Map.of("acknowledgement", 41));
        log().appendDeferred(ALICE, "test.acknowledged", Map.of("acknowledgement", 42));
        assertTrue(log().find("test.acknowledged", "acknowledgement", "42", before).isEmpty(), "still waiting");
        log().chainPending(10);
        appendFive();
        AuditRecord record = log().find("test.acknowledged", "acknowledgement", "42", before).orElseThrow();
        assertEquals(2, record.sequence());
        assertTrue(log().find("test.acknowledged", "acknowledgement", "43", before).isEmpty());
        assertTrue(log().getEvidence(2).isEmpty(), "no checkpoint covers it yet");

        checkpoints().write();
        AuditEvidence evidence = log().getEvidence(2).orElseThrow();
        assertEquals(record, evidence.record());
        assertEquals(7, evidence.checkpointSequence());
        assertEquals(log().getCheckpointKeyFingerprint(), evidence.fingerprint());
        AuditEvidence read = AuditEvidence.find("RECEIPT\n\n" + evidence.toBlock()).orElseThrow();
        assertEquals(evidence, read, "what the receipt carries reads back whole");
        assertEquals(Optional.empty(), AuditEvidenceCheck.problem(read));

        AuditRecord altered = new AuditRecord(2, record.recordedAt(), "mallory", record.type(), record.payload(),
            record.previousHash(), record.hash());
        assertEquals(Optional.of("gov.core.audit.evidence.recordAltered"), AuditEvidenceCheck.problem(
            new AuditEvidence(altered, 7, read.checkpointHash(), read.checkpointAt(), read.checkpointSignature(),
                read.statementSignature(), read.publicKey())));
        assertEquals(Optional.of("gov.core.audit.evidence.checkpointSignature"), AuditEvidenceCheck.problem(
            new AuditEvidence(record, 7, read.checkpointHash(), read.checkpointAt().plusSeconds(1),
                read.checkpointSignature(), read.statementSignature(), read.publicKey())));
        assertEquals(Optional.of("gov.core.audit.evidence.notCovered"), AuditEvidenceCheck.problem(
            new AuditEvidence(record, 1, read.checkpointHash(), read.checkpointAt(), read.checkpointSignature(),
                read.statementSignature(), read.publicKey())));

        // Once the chain between the record and its checkpoint is tampered with, no evidence is signed for it.
        execute("UPDATE gov_audit_record SET payload = '{\"n\":9}' WHERE sequence_number = 5");
        assertEquals("gov.core.audit.error.evidenceBroken",
            assertThrows(GovException.class, () -> log().getEvidence(2)).getMessageKey());
    }

    @Test
    void aCopyOfAnEntryAlreadyChainedIsRefusedAndAnEntryColumnEmptiedToLetOneThroughIsReported() throws Exception
    {
        log().appendDeferred(ALICE, "policy.acknowledgement.recorded", Map.of("acknowledgement", 7));
        // What a database administrator keeps aside before the entry is chained: the whole waiting row, HMAC and all.
        String copy = "INSERT INTO gov_audit_pending (recorded_at, actor_id, event_type, payload, entry_mac) "
            + "SELECT recorded_at, actor_id, event_type, payload, entry_mac FROM gov_audit_copy";
        execute("CREATE TABLE gov_audit_copy AS SELECT * FROM gov_audit_pending");
        log().chainPending(10);

        execute(copy);
        assertEquals(1, log().chainPending(10), "handled: refused");
        assertEquals(1, log().read(1, 10).size(), "chained once");
        assertEquals("gov.core.audit.problem.forgedPending", log().verify().problem().orElseThrow());

        // The copy again, once the column that tells copies apart is emptied on the original record.
        execute("DELETE FROM gov_audit_pending");
        execute("UPDATE gov_audit_record SET entry_id = NULL");
        execute(copy);
        log().chainPending(10);
        AuditVerification verification = log().verify();
        assertEquals("gov.core.audit.problem.entry", verification.problem().orElseThrow());
        assertEquals(1L, verification.firstBrokenSequence().orElseThrow());
    }

    private static String withoutEntry(String payload)
    {
        return payload.replaceFirst("\"auditEntry\":\"[0-9a-f-]{36}\",", "");
    }

    private AuditCheckpoints checkpoints()
    {
        return this.kernel.get(AuditCheckpoints.class);
    }

    private void appendFive() throws GovException
    {
        for (int n = 1; n <= 5; n++) {
            log().append(ALICE, "test.numbered", Map.of("n", n));
        }
    }

    private void execute(String sql) throws GovException
    {
        this.kernel.get(GovStore.class).inTransaction((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw e;
            }
        });
    }
}
