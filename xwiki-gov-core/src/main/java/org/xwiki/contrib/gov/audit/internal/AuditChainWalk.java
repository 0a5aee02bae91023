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

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.xwiki.contrib.gov.CanonicalJson;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.audit.AuditVerification;

import static org.xwiki.contrib.gov.audit.internal.DefaultAuditLog.AUDIT_ENTRY;

/**
 * One verification walk along the chain, record by record: the sequence, the link to the previous hash, canonical
 * details and their hash, the entry identifier column, times that go forward, and the hashes signed checkpoints
 * recorded; then, at the end, the head row.
 *
 * @version $Id$
 */
final class AuditChainWalk
{
    private final CanonicalJson json = new CanonicalJson();

    private final AuditHasher hasher = new AuditHasher();

    /** The hashes signed checkpoints recorded, by sequence number. */
    private final Map<Long, String> signed;

    private final long lastSigned;

    private long expectedSequence = 1;

    private String previousHash = AuditHasher.GENESIS;

    private Instant previousAt = Instant.EPOCH;

    private AuditVerification outcome;

    AuditChainWalk(Map<Long, String> signed)
    {
        this.signed = signed;
        this.lastSigned = signed.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    boolean check(AuditRecord record, String entryId)
    {
        String problem = problemWith(record, entryId);
        if (problem != null) {
            this.outcome = AuditVerification.broken(this.expectedSequence - 1, this.expectedSequence, problem);
            return false;
        }
        this.expectedSequence++;
        this.previousHash = record.hash();
        this.previousAt = record.recordedAt();
        return true;
    }

    private String problemWith(AuditRecord record, String entryId)
    {
        if (record.sequence() != this.expectedSequence) {
            return "gov.core.audit.problem.missing";
        }
        if (!record.previousHash().equals(this.previousHash)) {
            return "gov.core.audit.problem.link";
        }
        try {
            JsonNode details = this.json.read(record.payload());
            boolean canonical = this.json.write(details).equals(record.payload());
            String recomputed = this.hasher.hash(record.sequence(), record.recordedAt().toEpochMilli(),
                record.actorId(), record.type(), record.payload(), record.previousHash());
            if (!canonical || !recomputed.equals(record.hash())) {
                return "gov.core.audit.problem.hash";
            }
            // The column that lets the chaining refuse copies must say what the hashed details say.
            JsonNode detailsEntry = details.get(AUDIT_ENTRY);
            if (!Objects.equals(detailsEntry == null ? null : detailsEntry.asText(), entryId)) {
                return "gov.core.audit.problem.entry";
            }
            if (record.recordedAt().isBefore(this.previousAt)) {
                return "gov.core.audit.problem.timeBackwards";
            }
            // A chain recomputed from an altered record fits itself, not the hash a checkpoint signed.
            String signedHash = this.signed.get(record.sequence());
            return signedHash == null || signedHash.equals(record.hash()) ? null
                : "gov.core.audit.problem.checkpoint";
        } catch (JsonProcessingException e) {
            return "gov.core.audit.problem.payload";
        }
    }

    AuditVerification finish(AuditHead head)
    {
        if (this.outcome != null) {
            return this.outcome;
        }
        long checked = this.expectedSequence - 1;
        if (this.lastSigned > checked) {
            return AuditVerification.broken(checked, checked + 1, "gov.core.audit.problem.checkpointMissing");
        }
        if (head.lastSequence() > checked) {
            return AuditVerification.broken(checked, checked + 1, "gov.core.audit.problem.truncated");
        }
        if (head.lastSequence() < checked) {
            return AuditVerification.broken(head.lastSequence(), head.lastSequence() + 1,
                "gov.core.audit.problem.beyondHead");
        }
        if (!head.lastHash().equals(this.previousHash)) {
            return AuditVerification.broken(checked - 1, checked, "gov.core.audit.problem.hash");
        }
        return AuditVerification.intact(checked);
    }
}
