package org.xwiki.contrib.gov.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.audit.AuditVerification;
import org.xwiki.contrib.gov.store.GovStore;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Appends to the chain under the head row's lock, and verifies it by walking every record.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultAuditLog implements AuditLog
{
    private static final int MAX_TYPE_LENGTH = 100;

    @Inject
    private GovStore store;

    @Inject
    private JdbcAuditStore auditStore;

    @Inject
    private Clock clock;

    private final CanonicalJson json = new CanonicalJson();

    private final AuditHasher hasher = new AuditHasher();

    @Override
    public AuditRecord append(Actor actor, String type, Map<String, ?> payload) throws GovException
    {
        if (type.isBlank() || type.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("Bad audit event type: " + type);
        }
        String canonicalPayload = this.json.write(payload);
        return this.store.inTransaction(connection -> {
            AuditHead head = this.auditStore.lockHead(connection);
            long sequence = head.lastSequence() + 1;
            // Read the clock under the lock, so that times never go backwards along the chain.
            Instant now = Instant.ofEpochMilli(this.clock.millis());
            String hash = hash(sequence, now, actor.auditId(), type, canonicalPayload, head.lastHash());
            AuditRecord record =
                new AuditRecord(sequence, now, actor.auditId(), type, canonicalPayload, head.lastHash(), hash);
            this.auditStore.append(connection, record);
            return record;
        });
    }

    @Override
    public List<AuditRecord> read(long fromSequence, int limit) throws GovException
    {
        return this.store.inTransaction(connection -> this.auditStore.read(connection, fromSequence, limit));
    }

    @Override
    public AuditVerification verify() throws GovException
    {
        return this.store.inTransaction(connection -> {
            AuditHead head = this.auditStore.readHead(connection);
            ChainWalk walk = new ChainWalk();
            this.auditStore.walk(connection, walk::check);
            return walk.finish(head);
        });
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

    /**
     * The state of one verification walk: the next expected sequence number and previous hash.
     */
    private final class ChainWalk
    {
        private long expectedSequence = 1;

        private String previousHash = AuditHasher.GENESIS;

        private AuditVerification outcome;

        boolean check(AuditRecord record)
        {
            String problem = problemWith(record);
            if (problem != null) {
                this.outcome = AuditVerification.broken(this.expectedSequence - 1, this.expectedSequence, problem);
                return false;
            }
            this.expectedSequence++;
            this.previousHash = record.hash();
            return true;
        }

        private String problemWith(AuditRecord record)
        {
            if (record.sequence() != this.expectedSequence) {
                return "gov.core.audit.problem.missing";
            }
            if (!record.previousHash().equals(this.previousHash)) {
                return "gov.core.audit.problem.link";
            }
            try {
                boolean canonical = json.write(json.read(record.payload())).equals(record.payload());
                String recomputed = hasher.hash(record.sequence(), record.recordedAt().toEpochMilli(),
                    record.actorId(), record.type(), record.payload(), record.previousHash());
                return canonical && recomputed.equals(record.hash()) ? null : "gov.core.audit.problem.hash";
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
}
