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
import java.util.Locale;

import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.TestKernel;

/**
 * Runs one CSV export in a JVM of its own, whose heap the launcher caps, and prints what it measured on its last line:
 * {@code rows bytes millis peakHeapBytes}, the heap
 * sampled every few milliseconds during the export.
 *
 * @version $Id$
 */
public final class ExportProbe
{
    /** The first word of the result line. */
    static final String RESULT = "EXPORT";

    /** What the probe runs. */
    enum Mode
    {
        /** The compliance service's CSV export. */
        SERVICE,
        /** The plain JDBC CSV export of the plain tables. */
        PLAIN,
        /** H2 only: the plain rows read in pages, nothing written, the floor of the service's H2 export. */
        PAGES
    }

    /** The rows of a page in {@code pages} mode: the policy module's H2 export reads pages of this size. */
    static final int PAGE = 10_000;

    /**
     * Counts what goes through, and drops it: the export is timed, not the disk.
     */
    private static final class CountingSink extends OutputStream
    {
        private long bytes;

        private long lines;

        @Override
        public void write(int b)
        {
            count((byte) b);
        }

        @Override
        public void write(byte[] buffer, int offset, int length)
        {
            for (int index = offset; index < offset + length; index++) {
                count(buffer[index]);
            }
        }

        private void count(byte b)
        {
            this.bytes++;
            if (b == '\n') {
                this.lines++;
            }
        }
    }

    private ExportProbe()
    {
    }

    /**
     * @param arguments the {@link Mode} in lower case, the database (as {@link BenchmarkDatabase#toArguments()}), the
     *     guideline key and the user id of a government administrator
     * @throws Exception when the export fails
     */
    public static void main(String[] arguments) throws Exception
    {
        List<String> list = List.of(arguments);
        Mode mode = Mode.valueOf(list.get(0).toUpperCase(Locale.ROOT));
        BenchmarkDatabase database = BenchmarkDatabase.fromArguments(list, 1);
        String key = list.get(5);
        Actor reader = Actor.user(list.get(6), list.get(6), Locale.ENGLISH);
        CountingSink sink = new CountingSink();
        long rows;
        long millis;
        long peakHeap;
        try (TestKernel kernel = database.open()) {
            GovStore store = kernel.get(GovStore.class);
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            long start = System.nanoTime();
            rows = switch (mode) {
                case SERVICE -> {
                    kernel.get(ComplianceService.class).export(reader, key, ExportFormat.CSV, sink);
                    yield sink.lines - 1;
                }
                case PLAIN -> new PlainJdbc(store.getDataSource()).exportCsv(sink);
                case PAGES -> new PlainJdbc(store.getDataSource()).readInPages(PAGE);
            };
            millis = (System.nanoTime() - start) / 1_000_000;
            peakHeap = sampler.stopAndGetPeak();
        }
        System.out.println(String.join(" ", RESULT, String.valueOf(rows), String.valueOf(sink.bytes),
            String.valueOf(millis), String.valueOf(peakHeap)));
    }
}
