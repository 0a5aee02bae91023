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
package org.xwiki.contrib.gov.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exports make formulas inert; CSV quotes and marks its encoding.
 *
 * @version $Id$
 */
class SheetWriterTest
{
    @Test
    void cellsThatLookLikeFormulasAreMadeInert()
    {
        assertEquals("'=HYPERLINK(\"x\")", SheetWriter.inert("=HYPERLINK(\"x\")"));
        assertEquals("'+1", SheetWriter.inert("+1"));
        assertEquals("'@SUM(A1)", SheetWriter.inert("@SUM(A1)"));
        assertEquals("alice", SheetWriter.inert("alice"));
        assertEquals("", SheetWriter.inert(""));
    }

    @Test
    void csvQuotesAndMarksItsEncoding() throws Exception
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter writer = new CsvSheetWriter(out)) {
            writer.writeRow(List.of("a,b", "Élise \"E\"", "-2"));
        }

        assertEquals("\uFEFF\"a,b\",\"Élise \"\"E\"\"\",'-2\r\n", out.toString(StandardCharsets.UTF_8));
    }
}
