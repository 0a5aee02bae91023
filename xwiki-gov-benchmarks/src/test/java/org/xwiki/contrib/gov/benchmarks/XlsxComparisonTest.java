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
package org.xwiki.contrib.gov.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.export.SheetWriter;
import org.xwiki.contrib.gov.policy.internal.export.XlsxSheetWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The XLSX comparison at a tiny scale, and the check that makes it fair: POI reads back from both writers the same
 * cells.
 *
 * @version $Id$
 */
class XlsxComparisonTest
{
    private static final List<List<String>> ROWS = List.of(List.of("guideline", "user_id", "note"),
        List.of("conduct", "alice", "=HYPERLINK(\"x\")"),
        List.of("conduct", "bob & <carol>", "\"quoted\" é ü 日本"),
        List.of("conduct", "", "+1"), List.of("conduct", "dave", "line\nbreak"));

    @Test
    void poiReadsTheSameCellsFromBothWriters() throws IOException
    {
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        write(new XlsxSheetWriter(own, "conduct"));
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        write(new PoiSheetWriter(poi, "conduct"));

        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : ROWS) {
            expected.add(row.stream().map(SheetWriter::inert).toList());
        }
        assertEquals(expected, read(own.toByteArray()));
        assertEquals(expected, read(poi.toByteArray()));
    }

    @Test
    void comparesBothWritersTwice() throws Exception
    {
        String table = XlsxComparison.compare(200);
        assertEquals(2, table.split(Pattern.quote("| hand-written (XlsxSheetWriter) |"), -1).length - 1, table);
        assertEquals(2, table.split(Pattern.quote("| POI SXSSF |"), -1).length - 1, table);
        assertTrue(table.startsWith("XLSX export of 200 rows"), table);
    }

    private static void write(SheetWriter writer) throws IOException
    {
        try (writer) {
            for (List<String> row : ROWS) {
                writer.writeRow(row);
            }
        }
    }

    private static List<List<String>> read(byte[] file) throws IOException
    {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < ROWS.get(0).size(); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
