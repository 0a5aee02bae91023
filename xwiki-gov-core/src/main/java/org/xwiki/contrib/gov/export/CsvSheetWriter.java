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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180), UTF-8 with a byte-order mark so that spreadsheet programs read accented names right.
 *
 * @version $Id$
 * @since 1.0
 */
public final class CsvSheetWriter implements SheetWriter
{
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedWriter writer;

    /** The row being printed: Commons CSV appends one character at a time, which a writer would lock for each. */
    private final StringBuilder row = new StringBuilder();

    private final CSVPrinter printer;

    /**
     * @param out where to write
     * @throws IOException when writing fails
     */
    public CsvSheetWriter(OutputStream out) throws IOException
    {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(this.row, CSVFormat.RFC4180);
    }

    @Override
    public void writeRow(List<String> cells) throws IOException
    {
        this.row.setLength(0);
        for (String cell : cells) {
            this.printer.print(SheetWriter.inert(cell));
        }
        this.printer.println();
        this.writer.append(this.row);
    }

    @Override
    public void close() throws IOException
    {
        this.printer.flush();
        this.writer.flush();
    }
}
