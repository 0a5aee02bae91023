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

import java.io.OutputStream;
import java.util.List;

import org.xwiki.contrib.gov.export.SheetWriter;
import org.xwiki.contrib.gov.policy.internal.export.XlsxSheetWriter;

/**
 * Writes an export-shaped XLSX of many rows with one writer ({@code own}: the policy module's, {@code poi}: POI's
 * SXSSF) into a sink that only counts, in a JVM of its own whose heap {@link XlsxComparison} caps. Prints on its last
 * line {@code RESULT rows bytes millis peakHeapBytes}.
 *
 * @version $Id$
 */
public final class XlsxWriterProbe
{
    /** The first word of the result line. */
    static final String RESULT = "RESULT";

    /** The export's columns, as the compliance export writes them. */
    private static final List<String> HEADER = List.of("guideline", "major_version", "user_id", "agency", "unit",
        "state", "due_date", "overdue", "acknowledged_at", "version_acknowledged", "method", "language", "quiz_score");

    private XlsxWriterProbe()
    {
    }

    /**
     * @param arguments the writer ({@code own} or {@code poi}) and the number of rows
     * @throws Exception when writing fails
     */
    public static void main(String[] arguments) throws Exception
    {
        boolean poi = "poi".equals(arguments[0]);
        int rows = Integer.parseInt(arguments[1]);
        ByteCounter sink = new ByteCounter();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long start = System.nanoTime();
        try (SheetWriter writer = poi ? new PoiSheetWriter(sink, "conduct") : new XlsxSheetWriter(sink, "conduct")) {
            writer.writeRow(HEADER);
            for (int index = 0; index < rows; index++) {
                writer.writeRow(row(index));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = sampler.stopAndGetPeak();
        System.out.println(String.join(" ", RESULT, String.valueOf(rows), String.valueOf(sink.bytes),
            String.valueOf(millis), String.valueOf(peak)));
    }

    private static List<String> row(int index)
    {
        boolean done = index % 3 != 0;
        String agency = "AGENCY" + index % 20;
        return List.of("conduct", "1", "person" + index, agency, agency + "-U" + index % 10,
            done ? "ACKNOWLEDGED" : "PENDING", "2026-12-31", done ? "no" : (index % 7 == 0 ? "yes" : "no"),
            done ? "2026-11-28T10:15:30Z" : "", done ? "1" : "", done ? "READ_AND_ACCEPTED" : "", done ? "en" : "",
            done ? String.valueOf(index % 4) : "");
    }

    /** Counts what is written and drops it. */
    private static final class ByteCounter extends OutputStream
    {
        private long bytes;

        @Override
        public void write(int value)
        {
            this.bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length)
        {
            this.bytes += length;
        }
    }
}
