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
package org.xwiki.contrib.gov.audit;

import java.time.Instant;

/**
 * One link of the audit chain, as stored.
 *
 * @param sequence the position in the chain, from 1, without gaps
 * @param recordedAt when it joined the chain (millisecond precision), never before the record before it
 * @param actorId who did what it records ({@link org.xwiki.contrib.gov.actor.Actor#auditId()})
 * @param type what happened ({@code core.role.granted})
 * @param payload the details, as canonical JSON (keys sorted, no blanks)
 * @param previousHash the hash of the previous record, 64 zeros for the first
 * @param hash the SHA-256 of this record's canonical form, in lower-case hex
 * @version $Id$
 * @since 1.0
 */
public record AuditRecord(long sequence, Instant recordedAt, String actorId, String type, String payload,
    String previousHash, String hash)
{
}
