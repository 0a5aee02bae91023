package org.xwiki.contrib.gov.audit;

import java.time.Instant;

/**
 * One link of the audit chain, as stored.
 *
 * @param sequence the position in the chain, from 1, without gaps
 * @param recordedAt when it was appended (millisecond precision)
 * @param actorId who did what it records ({@link org.xwiki.contrib.gov.actor.Actor#auditId()})
 * @param type what happened ({@code core.role.granted})
 * @param payload the details, as canonical JSON (keys sorted, no blanks)
 * @param previousHash the hash of the previous record, 64 zeros for the first
 * @param hash the SHA-256 of this record's canonical form, in lower-case hex
 * @version $Id$
 */
public record AuditRecord(long sequence, Instant recordedAt, String actorId, String type, String payload,
    String previousHash, String hash)
{
}
