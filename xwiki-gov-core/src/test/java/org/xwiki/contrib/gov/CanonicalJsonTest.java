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

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two ways {@link CanonicalJson} writes a value (straight for plain maps, through a tree otherwise) give the same
 * text, and that text reads back to itself, which is what the audit chain's verifier checks.
 *
 * @version $Id$
 */
class CanonicalJsonTest
{
    private final CanonicalJson json = new CanonicalJson();

    @Test
    void aPlainMapIsWrittenAsItsTreeWouldBe() throws Exception
    {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("zeta", Long.MAX_VALUE);
        inner.put("Alpha", Arrays.asList("x", null, false, -3));
        inner.put("émoji", "\uD83D\uDE00 \u2028 </script>");
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("note", "line one\nline \"two\"\t\\");
        outer.put("empty", Map.of());
        outer.put("nested", inner);
        outer.put("none", null);

        String written = this.json.write(outer);

        assertEquals(this.json.write(new ObjectMapper().<JsonNode>valueToTree(outer)), written);
        assertEquals(written, this.json.write(this.json.read(written)));
    }

    /** A bean whose properties are declared out of order. */
    public record Sample(String zulu, BigDecimal amount, List<Double> values)
    {
    }

    @Test
    void otherValuesGoThroughATreeAndStayCanonical() throws Exception
    {
        Map<String, Object> payload = Map.of("sample", new Sample("z", new BigDecimal("1.50"), List.of(0.25, 1e21)));

        String written = this.json.write(payload);

        assertEquals("{\"sample\":{\"amount\":1.5,\"values\":[0.25,1.0E21],\"zulu\":\"z\"}}", written);
        assertEquals(written, this.json.write(this.json.read(written)));
    }
}
