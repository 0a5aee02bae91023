package org.xwiki.contrib.gov;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON form of a value that hashes are computed over (audit records, guideline texts): object keys sorted,
 * no blanks.
 *
 * @version $Id$
 */
public final class CanonicalJson
{
    private final ObjectMapper mapper = JsonMapper.builder()
        .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
        .build();

    /**
     * @param value strings, numbers, booleans, {@code null}, lists and maps of those
     * @return the canonical JSON text
     */
    public String write(Object value)
    {
        return write(this.mapper.valueToTree(value));
    }

    /**
     * @param tree a JSON tree
     * @return the canonical JSON text
     */
    public String write(JsonNode tree)
    {
        try {
            return this.mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param json JSON text
     * @return its tree
     * @throws JsonProcessingException when the text is not JSON
     */
    public JsonNode read(String json) throws JsonProcessingException
    {
        return this.mapper.readTree(json);
    }

    /**
     * @param text a text
     * @return the SHA-256 of its UTF-8 bytes, in lower-case hex
     */
    public static String sha256(String text)
    {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * @return an empty object node to build a tree with
     */
    public ObjectNode object()
    {
        return this.mapper.createObjectNode();
    }
}
