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

import org.xwiki.contrib.gov.CanonicalJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Computes the hash of an audit record: the SHA-256, in lower-case hex, of the canonical JSON object
 * {@code {"actor","at","payload","previous","sequence","type"}} where {@code payload} is the record's payload
 * object and {@code at} its time in epoch milliseconds.
 *
 * @version $Id$
 */
public final class AuditHasher
{
    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private final CanonicalJson json = new CanonicalJson();

    /**
     * @param sequence the record's sequence number
     * @param recordedAtMillis the record's time, epoch milliseconds
     * @param actorId the actor
     * @param type the event type
     * @param canonicalPayload the payload, as canonical JSON
     * @param previousHash the previous record's hash
     * @return the record's hash
     * @throws JsonProcessingException when the payload is not JSON
     */
    public String hash(long sequence, long recordedAtMillis, String actorId, String type, String canonicalPayload,
        String previousHash) throws JsonProcessingException
    {
        ObjectNode record = this.json.object();
        record.put("sequence", sequence);
        record.put("at", recordedAtMillis);
        record.put("actor", actorId);
        record.put("type", type);
        record.set("payload", this.json.read(canonicalPayload));
        record.put("previous", previousHash);
        return CanonicalJson.sha256(this.json.write(record));
    }
}
