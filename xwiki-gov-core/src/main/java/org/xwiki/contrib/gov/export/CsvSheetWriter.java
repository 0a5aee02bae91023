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
