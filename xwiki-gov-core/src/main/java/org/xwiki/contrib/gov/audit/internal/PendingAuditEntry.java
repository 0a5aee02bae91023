package org.xwiki.contrib.gov.audit.internal;

import java.time.Instant;

/**
 * An audit event written with its change, waiting to be linked into the chain.
 *
 * @param id the order of arrival
 * @param recordedAt when the event happened
 * @param actorId who did it
 * @param type what happened
 * @param payload the details, as canonical JSON
 * @version $Id$
 */
public record PendingAuditEntry(long id, Instant recordedAt, String actorId, String type, String payload)
{
}
