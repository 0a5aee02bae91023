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
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.CanonicalJson;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Finds a record by what its details say, and the evidence a receipt carries for it: the first signed checkpoint at
 * or after it, once the chain from the record to that checkpoint has been checked, and the audit key's statement
 * that the one covers the other.
 *
 * @version $Id$
 */
@Component(roles = AuditEvidenceFinder.class)
@Singleton
public class AuditEvidenceFinder
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcAuditStore auditStore;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private AuditSigningKey key;

    private final CanonicalJson json = new CanonicalJson();

    private final AuditHasher hasher = new AuditHasher();

    /**
     * @param type an event type
     * @param field a field of the record's details
     * @param value the field's value, as text
     * @param notBefore a time the record is not dated before
     * @return the first such record
     * @throws GovException when the store fails
     */
    public Optional<AuditRecord> find(String type, String field, String value, Instant notBefore)
        throws GovException
    {
        return this.store.inTransaction(connection -> {
            AuditRecord[] found = new AuditRecord[1];
            this.auditStore.walkType(connection, type, notBefore, record -> {
                if (value.equals(field(record, field))) {
                    found[0] = record;
                }
                return found[0] == null;
            });
            return Optional.ofNullable(found[0]);
        });
    }

    /**
     * @param sequence a record's number
     * @return the evidence for a receipt, empty while no signed checkpoint covers the record
     * @throws GovException when the chain from the record to its checkpoint does not hold
     *     ({@code gov.core.audit.error.evidenceBroken}), or the store fails
     */
    public Optional<AuditEvidence> evidence(long sequence) throws GovException
    {
        Optional<AuditCheckpoint> covering = this.checkpoints.read().stream()
            .filter(checkpoint -> checkpoint.sequence() >= sequence && this.checkpoints.isSigned(checkpoint))
            .findFirst();
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = covering.get();
        AuditRecord record = this.store.inTransaction(connection -> {
            SegmentCheck check = new SegmentCheck(sequence, checkpoint);
            this.auditStore.walkFrom(connection, sequence, check::visit);
            return check.result();
        }).orElseThrow(() -> new GovException("gov.core.audit.error.evidenceBroken", sequence));
        AuditEvidence unsigned = new AuditEvidence(record, checkpoint.sequence(), checkpoint.hash(), checkpoint.at(),
            checkpoint.signature(), "", this.key.getPublicKeyText());
        return Optional.of(new AuditEvidence(record, checkpoint.sequence(), checkpoint.hash(), checkpoint.at(),
            checkpoint.signature(), this.key.sign(unsigned.statementText()), unsigned.publicKey()));
    }

    private String field(AuditRecord record, String field)
    {
        try {
            JsonNode value = this.json.read(record.payload()).get(field);
            return value == null ? null : value.asText();
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Checks the records from one to a checkpoint: each links to the one before and hashes right. */
    private final class SegmentCheck
    {
        private final AuditCheckpoint checkpoint;

        private long expected;

        private String previousHash;

        private AuditRecord first;

        private boolean holds = true;

        SegmentCheck(long from, AuditCheckpoint checkpoint)
        {
            this.expected = from;
            this.checkpoint = checkpoint;
        }

        boolean visit(AuditRecord record)
        {
            try {
                this.holds = record.sequence() == this.expected
                    && (this.previousHash == null || this.previousHash.equals(record.previousHash()))
                    && hasher.hash(record.sequence(), record.recordedAt().toEpochMilli(), record.actorId(),
                        record.type(), record.payload(), record.previousHash()).equals(record.hash());
            } catch (JsonProcessingException e) {
                this.holds = false;
            }
            if (this.first == null) {
                this.first = record;
            }
            this.previousHash = record.hash();
            this.expected++;
            return this.holds && record.sequence() < this.checkpoint.sequence();
        }

        Optional<AuditRecord> result()
        {
            boolean reached = this.expected == this.checkpoint.sequence() + 1
                && this.checkpoint.hash().equals(this.previousHash);
            return this.holds && reached ? Optional.ofNullable(this.first) : Optional.empty();
        }
    }
}
