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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.CanonicalJson;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.audit.AuditVerification;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlPart;

/**
 * Appends to the chain under the head row's lock, and verifies it by walking every record and comparing it with the
 * signed checkpoints kept outside the database ({@link AuditCheckpoints}).
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultAuditLog implements AuditLog
{
    private static final int MAX_TYPE_LENGTH = 100;

    /** The key of a deferred record's details that holds the time of its event. */
    private static final String OCCURRED_AT = "occurredAt";

    /** The key of a deferred record's details that identifies its entry, so that a copy is refused. */
    static final String AUDIT_ENTRY = "auditEntry";

    @Inject
    private GovStore store;

    @Inject
    private JdbcAuditStore auditStore;

    @Inject
    private Clock clock;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private AuditSigningKey key;

    @Inject
    private AuditEvidenceFinder evidence;

    @Inject
    private AuditTimestamps timestamps;

    @Inject
    private Logger logger;

    private final CanonicalJson json = new CanonicalJson();

    private final AuditHasher hasher = new AuditHasher();

    @Override
    public AuditRecord append(Actor actor, String type, Map<String, ?> payload) throws GovException
    {
        String canonicalPayload = canonicalPayload(type, payload);
        return this.store.inTransaction(connection -> {
            AuditHead head = this.auditStore.lockHead(connection);
            AuditRecord record = link(head, Instant.ofEpochMilli(this.clock.millis()), actor.auditId(), type,
                canonicalPayload);
            this.auditStore.append(connection, List.of(record));
            return record;
        });
    }

    @Override
    public void appendDeferred(Actor actor, String type, Map<String, ?> payload) throws GovException
    {
        appendDeferred(actor, type, List.of(payload));
    }

    @Override
    public void appendDeferred(Actor actor, String type, List<? extends Map<String, ?>> payloads)
        throws GovException
    {
        Instant now = Instant.ofEpochMilli(this.clock.millis());
        List<PendingAuditEntry> entries = new ArrayList<>(payloads.size());
        for (Map<String, ?> payload : payloads) {
            entries.add(seal(actor, type, payload, now));
        }
        if (entries.isEmpty()) {
            return;
        }
        this.store.inTransaction(connection -> {
            this.auditStore.insertPending(connection, entries);
            return null;
        });
    }

    @Override
    public SqlPart deferredInsert(Actor actor, String type, Map<String, ?> payload)
    {
        return this.auditStore.insertPendingPart(seal(actor, type, payload, Instant.ofEpochMilli(this.clock.millis())));
    }

    private PendingAuditEntry seal(Actor actor, String type, Map<String, ?> payload, Instant now)
    {
        // The record joins the chain later, with the time it does: the event's own time goes with its details.
        Map<String, Object> timed = new LinkedHashMap<>(payload);
        timed.put(OCCURRED_AT, now.toString());
        // Tells a copy of the entry, made behind the software's back once it is chained, from a genuine one.
        timed.put(AUDIT_ENTRY, UUID.randomUUID().toString());
        PendingAuditEntry entry = new PendingAuditEntry(0, now, actor.auditId(), type, canonicalPayload(type, timed),
            "");
        return entry.withMac(this.key.mac(entry.authenticatedText()));
    }

    @Override
    public int chainPending(int maxRecords) throws GovException
    {
        return this.store.inTransaction(connection -> {
            // Lock the head first: a second process waits here, then finds the entries this one linked gone.
            AuditHead head = this.auditStore.lockHead(connection);
            Instant now = Instant.ofEpochMilli(this.clock.millis());
            List<PendingAuditEntry> entries = this.auditStore.readPending(connection, maxRecords);
            LinkedBatch batch = link(head, now, entries, Set.of());
            if (!this.auditStore.appendUnlessCopied(connection, batch.records(), batch.entryIds())) {
                // A copy of an entry already chained is among them (rare: looked for only then); the others go on.
                batch = link(head, now, entries, this.auditStore.findChainedEntries(connection,
                    entries.stream().map(this::entryId).flatMap(Optional::stream).toList()));
                this.auditStore.append(connection, batch.records(), batch.entryIds());
            }
            this.auditStore.deletePending(connection, batch.linked());
            this.auditStore.refusePending(connection, batch.refused());
            // The batch was full if any entry was read: refused ones count, or the task would stop early.
            return batch.records().size() + batch.refused().size();
        });
    }

    /** Waiting entries linked after the head, and those refused. */
    private record LinkedBatch(List<AuditRecord> records, Map<Long, String> entryIds, List<PendingAuditEntry> linked,
        List<PendingAuditEntry> refused)
    {
    }

    private LinkedBatch link(AuditHead from, Instant now, List<PendingAuditEntry> entries, Set<String> chainedBefore)
        throws GovException
    {
        AuditHead head = from;
        Set<String> chained = new HashSet<>(chainedBefore);
        LinkedBatch batch = new LinkedBatch(new ArrayList<>(entries.size()), new HashMap<>(),
            new ArrayList<>(entries.size()), new ArrayList<>());
        for (PendingAuditEntry entry : entries) {
            Optional<String> entryId = entryId(entry);
            if (!this.key.isMacValid(entry.authenticatedText(), entry.mac())) {
                // Added or altered behind the software's back: never chained, kept for verification to report.
                this.logger.error("Audit entry {} ({} by {}) is not authenticated: refused, not chained",
                    entry.id(), entry.type(), entry.actorId());
                batch.refused().add(entry);
            } else if (entryId.isPresent() && !chained.add(entryId.get())) {
                this.logger.error("Audit entry {} ({} by {}) is a copy of an entry already chained: refused",
                    entry.id(), entry.type(), entry.actorId());
                batch.refused().add(entry);
            } else {
                AuditRecord record = link(head, now, entry.actorId(), entry.type(), entry.payload());
                batch.records().add(record);
                batch.linked().add(entry);
                entryId.ifPresent(id -> batch.entryIds().put(record.sequence(), id));
                head = new AuditHead(record.sequence(), record.hash(), record.recordedAt());
            }
        }
        return batch;
    }

    @Override
    public long countPending() throws GovException
    {
        return this.store.inTransaction(this.auditStore::countPending);
    }

    private Optional<String> entryId(PendingAuditEntry entry)
    {
        try {
            return Optional.ofNullable(this.json.read(entry.payload()).get(AUDIT_ENTRY)).map(JsonNode::asText);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private String canonicalPayload(String type, Map<String, ?> payload)
    {
        if (type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("Bad audit event type: " + type);
        }
        return this.json.write(payload);
    }

    /**
     * The next record, dated {@code now} or, should the clock have gone back, with the previous record's time: records
     * join the chain in time order, and verification refuses one dated before its predecessor.
     */
    private AuditRecord link(AuditHead head, Instant now, String actorId, String type, String payload)
        throws GovException
    {
        Instant at = now.isBefore(head.lastRecordedAt()) ? head.lastRecordedAt() : now;
        long sequence = head.lastSequence() + 1;
        String hash = hash(sequence, at, actorId, type, payload, head.lastHash());
        return new AuditRecord(sequence, at, actorId, type, payload, head.lastHash(), hash);
    }

    @Override
    public List<AuditRecord> read(long fromSequence, int limit) throws GovException
    {
        return this.store.inTransaction(connection -> this.auditStore.read(connection, fromSequence, limit));
    }

    @Override
    public AuditVerification verify() throws GovException
    {
        Map<Long, AuditCheckpoint> signed = new HashMap<>();
        for (AuditCheckpoint checkpoint : this.checkpoints.read()) {
            if (!this.checkpoints.isSigned(checkpoint)) {
                return AuditVerification.broken(0, Math.max(checkpoint.sequence(), 1),
                    "gov.core.audit.problem.checkpointSignature");
            }
            signed.put(checkpoint.sequence(), checkpoint);
        }
        // A time-stamp names its checkpoint: one removed from the file, or rewritten, no longer fits it.
        for (Map.Entry<Long, String> stamp : this.timestamps.read().entrySet()) {
            AuditCheckpoint checkpoint = signed.get(stamp.getKey());
            Optional<String> problem = checkpoint == null ? Optional.of("gov.core.audit.problem.checkpointRemoved")
                : this.timestamps.problem(checkpoint, stamp.getValue());
            if (problem.isPresent()) {
                return AuditVerification.broken(0, Math.max(stamp.getKey(), 1), problem.get());
            }
        }
        return this.store.inTransaction(connection -> {
            AuditHead head = this.auditStore.readHead(connection);
            AuditChainWalk walk = new AuditChainWalk(signed.values().stream().collect(
                Collectors.toMap(AuditCheckpoint::sequence, AuditCheckpoint::hash)));
            this.auditStore.walkWithEntries(connection, walk::check);
            AuditVerification verification = walk.finish(head);
            if (verification.isIntact() && this.auditStore.countRefusedPending(connection) > 0) {
                return AuditVerification.broken(verification.recordsChecked(), verification.recordsChecked() + 1,
                    "gov.core.audit.problem.forgedPending");
            }
            return verification;
        });
    }

    @Override
    public long getLastCheckpoint() throws GovException
    {
        return this.checkpoints.read().stream().mapToLong(AuditCheckpoint::sequence).max().orElse(0);
    }

    @Override
    public String getCheckpointKeyFingerprint()
    {
        return this.checkpoints.getKeyFingerprint();
    }

    @Override
    public Optional<AuditRecord> find(String type, String field, String value, Instant notBefore)
        throws GovException
    {
        return this.evidence.find(type, field, value, notBefore);
    }

    @Override
    public Optional<AuditEvidence> getEvidence(long sequence) throws GovException
    {
        return this.evidence.evidence(sequence);
    }

    private String hash(long sequence, Instant at, String actorId, String type, String payload, String previous)
        throws GovException
    {
        try {
            return this.hasher.hash(sequence, at.toEpochMilli(), actorId, type, payload, previous);
        } catch (JsonProcessingException e) {
            throw new GovException(e, "gov.core.audit.problem.payload");
        }
    }
}
