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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.xwiki.contrib.gov.CanonicalJson;

/**
 * What a receipt carries so that anyone can check, without the server or its database, that its audit record is in
 * the chain a signed checkpoint covers: the record, that checkpoint as {@code checkpoints.log} holds it, the audit
 * key's statement that the checkpoint covers the record (made once the server had checked the chain from the record
 * to the checkpoint), and the audit key's public key, whose fingerprint the auditor compares with the one on record.
 *
 * @param record the audit record
 * @param checkpointSequence the number of the last record the checkpoint covers, not before the record's
 * @param checkpointHash that record's hash
 * @param checkpointAt when the checkpoint was signed
 * @param checkpointSignature the checkpoint's signature, Base64 (see {@link #checkpointText})
 * @param statementSignature the signature of {@link #statementText()}, Base64
 * @param publicKey the audit key's public key, X.509, Base64
 * @version $Id$
 * @since 1.0
 */
public record AuditEvidence(AuditRecord record, long checkpointSequence, String checkpointHash, Instant checkpointAt,
    String checkpointSignature, String statementSignature, String publicKey)
{
    /** The line that opens the evidence in a receipt. */
    public static final String BEGIN = "-----BEGIN GOV AUDIT EVIDENCE-----";

    /** The line that closes it. */
    public static final String END = "-----END GOV AUDIT EVIDENCE-----";

    private static final String CHECKPOINT = "checkpoint";

    private static final String SEQUENCE = "sequence";

    private static final String HASH = "hash";

    private static final String SIGNATURE = "signature";

    private static final CanonicalJson JSON = new CanonicalJson();

    /**
     * Checks the fields.
     */
    public AuditEvidence
    {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(checkpointHash, "checkpointHash");
        Objects.requireNonNull(checkpointAt, "checkpointAt");
        Objects.requireNonNull(checkpointSignature, "checkpointSignature");
        Objects.requireNonNull(statementSignature, "statementSignature");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    /**
     * @param sequence the number of the last record a checkpoint covers
     * @param hash that record's hash
     * @param at when the checkpoint was signed
     * @return the text the audit key signs for that checkpoint
     */
    public static byte[] checkpointText(long sequence, String hash, Instant at)
    {
        return ("gov-audit-checkpoint\n" + sequence + '\n' + hash + '\n' + at.toEpochMilli())
            .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return the text the audit key signs to say the checkpoint covers the record
     */
    public byte[] statementText()
    {
        return ("gov-audit-evidence\n" + this.record.sequence() + '\n' + this.record.hash() + '\n'
            + this.checkpointSequence + '\n' + this.checkpointHash).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return the SHA-256 of the public key, hexadecimal, as {@code verify-audit} prints it; empty when the key is not
     *     Base64
     */
    public String fingerprint()
    {
        try {
            return fingerprint(Base64.getDecoder().decode(this.publicKey));
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * @param publicKey a public key, X.509
     * @return its fingerprint: the SHA-256 of its bytes, hexadecimal
     */
    public static String fingerprint(byte[] publicKey)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * @return the evidence as a receipt carries it: {@link #BEGIN}, one line of JSON, {@link #END}
     */
    public String toBlock()
    {
        ObjectNode json = JSON.object();
        json.put(SEQUENCE, this.record.sequence());
        json.put("recordedAt", this.record.recordedAt().toEpochMilli());
        json.put("actor", this.record.actorId());
        json.put("type", this.record.type());
        json.put("payload", this.record.payload());
        json.put("previous", this.record.previousHash());
        json.put(HASH, this.record.hash());
        ObjectNode checkpoint = json.putObject(CHECKPOINT);
        checkpoint.put(SEQUENCE, this.checkpointSequence);
        checkpoint.put(HASH, this.checkpointHash);
        checkpoint.put("at", this.checkpointAt.toString());
        checkpoint.put(SIGNATURE, this.checkpointSignature);
        json.put("statement", this.statementSignature);
        json.put("publicKey", this.publicKey);
        json.put("fingerprint", fingerprint());
        return BEGIN + '\n' + JSON.write(json) + '\n' + END + '\n';
    }

    /**
     * @param text a receipt
     * @return the evidence it carries, empty when it carries none
     * @throws IllegalArgumentException when its evidence is not well formed
     */
    public static Optional<AuditEvidence> find(String text)
    {
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            return Optional.empty();
        }
        int end = text.indexOf(END, begin);
        if (end < 0) {
            throw new IllegalArgumentException("The evidence has no end line");
        }
        try {
            JsonNode json = JSON.read(text.substring(begin + BEGIN.length(), end).strip());
            JsonNode checkpoint = json.path(CHECKPOINT);
            AuditRecord record = new AuditRecord(json.path(SEQUENCE).asLong(),
                Instant.ofEpochMilli(json.path("recordedAt").asLong()), text(json, "actor"), text(json, "type"),
                text(json, "payload"), text(json, "previous"), text(json, HASH));
            return Optional.of(new AuditEvidence(record, checkpoint.path(SEQUENCE).asLong(), text(checkpoint, HASH),
                Instant.parse(text(checkpoint, "at")), text(checkpoint, SIGNATURE), text(json, "statement"),
                text(json, "publicKey")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("The evidence is not well formed: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode json, String field)
    {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("No " + field);
        }
        return value.asText();
    }
}
