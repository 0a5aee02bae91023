package org.xwiki.contrib.gov.audit.internal;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON form of a value that the audit hashes are computed over: object keys sorted, no blanks.
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
     * @return an empty object node to build a tree with
     */
    public ObjectNode object()
    {
        return this.mapper.createObjectNode();
    }
}
