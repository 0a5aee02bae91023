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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The libraries the extensions share with XWiki 17.10 stay at the versions XWiki ships: each row of the table
 * "Libraries shared with XWiki 17.10" of docs/admin.md against the project's {@code pom.xml} property it names. A
 * version changed in the pom without XWiki shipping it fails here.
 *
 * @version $Id$
 */
class LibraryAlignmentTest
{
    private static final Path PROJECT = Path.of("..");

    private static final Pattern ROW = Pattern.compile("^\\| [^|]+ \\| `([a-z0-9.-]+)` \\| ([0-9][0-9A-Za-z.-]*) \\|$");

    /** The runtime libraries of the installed jars that XWiki 17.10 also ships: each must have its row. */
    private static final List<String> SHARED = List.of("xwiki.version", "jackson.version", "commons-csv.version",
        "lucene.version", "slf4j.version", "postgresql.version", "bouncycastle.version");

    @Test
    void everySharedLibraryIsAtTheVersionXWikiShips() throws IOException
    {
        Map<String, String> shipped = shippedVersions();
        Map<String, String> properties = pomProperties();
        assertEquals(SHARED, List.copyOf(shipped.keySet()), "the table names each shared library once, in order");
        for (Map.Entry<String, String> library : shipped.entrySet()) {
            assertEquals(library.getValue(), properties.get(library.getKey()),
                library.getKey() + " must be the version XWiki 17.10 ships");
        }
    }

    private static Map<String, String> shippedVersions() throws IOException
    {
        List<String> lines = Files.readAllLines(PROJECT.resolve("docs/admin.md"));
        int start = lines.indexOf("## Libraries shared with XWiki 17.10");
        assertTrue(start >= 0, "docs/admin.md has the section");
        Map<String, String> shipped = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                shipped.put(row.group(1), row.group(2));
            }
        }
        return shipped;
    }

    private static Map<String, String> pomProperties() throws IOException
    {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        String properties = pom.substring(pom.indexOf("<properties>"), pom.indexOf("</properties>"));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher property = Pattern.compile("<([a-zA-Z0-9.-]+)>([^<]*)</\\1>").matcher(properties);
        while (property.find()) {
            values.put(property.group(1), property.group(2).strip());
        }
        return values;
    }
}
