package org.xwiki.contrib.gov.audit.internal;

/**
 * The end of the audit chain, as the head row records it.
 *
 * @param lastSequence the sequence number of the last record, 0 when the chain is empty
 * @param lastHash the hash of the last record, {@link AuditHasher#GENESIS} when the chain is empty
 * @version $Id$
 */
public record AuditHead(long lastSequence, String lastHash)
{
}
