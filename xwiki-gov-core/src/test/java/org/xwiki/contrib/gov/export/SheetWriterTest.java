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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void csvRowsAreWhatCommonsCsvPrintsWhateverTheirCells() throws Exception
    {
        // Characters each quoting rule looks at, at the start, inside and at the end of a cell, and plain ones; beyond
        // ASCII, two- and three-byte characters and the halves of a four-byte one, alone or in order.
        String alphabet = "aZ0~$' ,\"\r\n\t#!-=+@\u00e9\u20ac;\ud83d\ude00";
        Random random = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder("\uFEFF");
        try (SheetWriter writer = new CsvSheetWriter(out);
            CSVPrinter commons = new CSVPrinter(expected, CSVFormat.RFC4180)) {
            for (int row = 0; row < 20_000; row++) {
                List<String> cells = new ArrayList<>();
                for (int cell = random.nextInt(5); cell >= 0; cell--) {
                    StringBuilder text = new StringBuilder();
                    // Mostly plain cells, so that whole rows go both ways.
                    boolean plain = random.nextInt(3) > 0;
                    for (int length = random.nextInt(6); length > 0; length--) {
                        text.append(plain ? (char) ('a' + random.nextInt(26))
                            : alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    cells.add(text.toString());
                }
                writer.writeRow(cells);
                for (String cell : cells) {
                    commons.print(SheetWriter.inert(cell));
                }
                commons.println();
            }
        }

        // Bytes, so that the encoding is compared too: a lone surrogate is written as '?', as String.getBytes does.
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
