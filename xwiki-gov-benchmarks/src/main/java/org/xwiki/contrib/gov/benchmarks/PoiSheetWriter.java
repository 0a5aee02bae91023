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

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xwiki.contrib.gov.export.SheetWriter;

/**
 * The XLSX export's sheet written with Apache POI's streaming writer (SXSSF, the version XWiki 17.10 ships), to
 * compare with the policy module's own writer: a window of 100 rows in memory, the rest in a temporary file until the
 * workbook is written out.
 *
 * @version $Id$
 */
final class PoiSheetWriter implements SheetWriter
{
    private static final int WINDOW = 100;

    private final OutputStream out;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

    private final SXSSFSheet sheet;

    private int rows;

    PoiSheetWriter(OutputStream out, String sheetName)
    {
        this.out = out;
        this.sheet = this.workbook.createSheet(sheetName);
    }

    @Override
    public void writeRow(List<String> cells)
    {
        Row row = this.sheet.createRow(this.rows++);
        for (int column = 0; column < cells.size(); column++) {
            row.createCell(column).setCellValue(SheetWriter.inert(cells.get(column)));
        }
    }

    @Override
    public void close() throws IOException
    {
        try {
            this.workbook.write(this.out);
        } finally {
            this.workbook.close();
        }
    }
}
