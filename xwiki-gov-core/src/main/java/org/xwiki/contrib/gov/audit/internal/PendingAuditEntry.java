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
 * An audit event written with its change, waiting to be linked into the chain.
 *
 * @param id the order of arrival
 * @param recordedAt when the event happened
 * @param actorId who did it
 * @param type what happened
 * @param payload the details, as canonical JSON
 * @param mac the HMAC of the other fields with the key kept outside the database ({@link AuditSigningKey#mac})
 * @version $Id$
 */
public record PendingAuditEntry(long id, Instant recordedAt, String actorId, String type, String payload, String mac)
{
    /**
     * @param authentication the entry's HMAC
     * @return this entry, carrying it
     */
    public PendingAuditEntry withMac(String authentication)
    {
        return new PendingAuditEntry(this.id, this.recordedAt, this.actorId, this.type, this.payload, authentication);
    }

    /**
     * @return the text the HMAC covers: every field but the order of arrival, each one's length first so that no two
     *     entries share a text
     */
    public String authenticatedText()
    {
        return this.recordedAt.toEpochMilli() + "\n" + this.actorId.length() + ':' + this.actorId
            + this.type.length() + ':' + this.type + this.payload;
    }
}
