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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.CanonicalJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The canonical form and hash of audit records, as documented for independent verifiers.
 *
 * @version $Id$
 */
class AuditHasherTest
{
    private final CanonicalJson json = new CanonicalJson();

    @Test
    void canonicalJsonSortsKeysAtEveryDepthWithoutBlanks()
    {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of("x", true));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", "é\"<");

        assertEquals("{\"a\":\"é\\\"<\",\"b\":{\"a\":[\"x\",true],\"z\":1}}", this.json.write(outer));
    }

    @Test
    void hashesTheDocumentedCanonicalRecord() throws Exception
    {
        String expectedText = "{\"actor\":\"alice\",\"at\":1767600000000,\"payload\":{\"k\":\"v\"},"
            + "\"previous\":\"" + AuditHasher.GENESIS + "\",\"sequence\":1,\"type\":\"core.test\"}";
        String expected = HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(expectedText.getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected,
            new AuditHasher().hash(1, 1_767_600_000_000L, "alice", "core.test", "{\"k\":\"v\"}", AuditHasher.GENESIS));
    }

    @Test
    void everyFieldChangesTheHash() throws Exception
    {
        AuditHasher hasher = new AuditHasher();
        String base = hasher.hash(1, 10, "a", "t", "{}", AuditHasher.GENESIS);

        assertNotEquals(base, hasher.hash(2, 10, "a", "t", "{}", AuditHasher.GENESIS));
        assertNotEquals(base, hasher.hash(1, 11, "a", "t", "{}", AuditHasher.GENESIS));
        assertNotEquals(base, hasher.hash(1, 10, "b", "t", "{}", AuditHasher.GENESIS));
        assertNotEquals(base, hasher.hash(1, 10, "a", "u", "{}", AuditHasher.GENESIS));
        assertNotEquals(base, hasher.hash(1, 10, "a", "t", "{\"x\":1}", AuditHasher.GENESIS));
        assertNotEquals(base, hasher.hash(1, 10, "a", "t", "{}", "1".repeat(64)));
    }
}
