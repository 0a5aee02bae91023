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
package org.xwiki.contrib.gov;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON form of a value that hashes are computed over (audit records, guideline texts): object keys sorted,
 * no blanks.
 * <p>
 * Maps of strings, whole numbers and booleans, the common case of audit payloads, are written straight with their
 * keys sorted; anything else goes through a JSON tree first. Both give the same text.
 *
 * @version $Id$
 * @since 1.0
 */
public final class CanonicalJson
{
    private final ObjectMapper mapper = JsonMapper.builder()
        .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
        .build();

    private final ObjectWriter sortedMapWriter = this.mapper.writer()
        .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /**
     * @param value strings, numbers, booleans, {@code null}, lists and maps of those
     * @return the canonical JSON text
     */
    public String write(Object value)
    {
        if (!isPlain(value)) {
            return write(this.mapper.<JsonNode>valueToTree(value));
        }
        try {
            return this.sortedMapWriter.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
     * Whether a value is written the same straight as through a tree: a tree would turn decimals and other objects
     * into forms of its own.
     */
    private static boolean isPlain(Object value)
    {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
            || value instanceof Long) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                .allMatch(entry -> entry.getKey() instanceof String && isPlain(entry.getValue()));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().allMatch(CanonicalJson::isPlain);
        }
        return false;
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
