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

/**
 * The end of the audit chain, as the head row records it.
 *
 * @param lastSequence the sequence number of the last record, 0 when the chain is empty
 * @param lastHash the hash of the last record, {@link AuditHasher#GENESIS} when the chain is empty
 * @param lastRecordedAt the time of the last record, the epoch when the chain is empty: the next one is not earlier
 * @version $Id$
 */
public record AuditHead(long lastSequence, String lastHash, Instant lastRecordedAt)
{
}
