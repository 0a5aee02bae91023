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
