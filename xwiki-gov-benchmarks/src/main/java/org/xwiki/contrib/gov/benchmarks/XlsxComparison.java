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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the policy module's own XLSX writer with Apache POI's streaming writer (SXSSF) on an export of many rows:
 * each runs in a JVM whose heap is capped at {@value ExportLauncher#HEAP_MB} MB, alternately, twice, and the figures
 * are printed as Markdown. Run with {@code java -cp xwiki-gov-benchmarks.jar} this class's name and the number of rows
 * (1,000,000 by default).
 *
 * @version $Id$
 */
public final class XlsxComparison
{
    private static final List<String> WRITERS = List.of("own", "poi");

    private static final int RUNS = 2;

    private XlsxComparison()
    {
    }

    /**
     * @param arguments the number of rows, optional
     * @throws Exception when a run fails
     */
    public static void main(String[] arguments) throws Exception
    {
        int rows = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1_000_000;
        System.out.print(compare(rows));
    }

    /**
     * @param rows the rows of each export
     * @return the Markdown table of the runs
     * @throws IOException when a run fails
     * @throws InterruptedException when interrupted
     */
    static String compare(int rows) throws IOException, InterruptedException
    {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
            "XLSX export of %,d rows of the compliance export's shape, JVM heap capped at %d MB.%n%n"
            + "| Writer | Run | Time | Most heap in use | File size |%n|---|---|---|---|---|%n", rows,
            ExportLauncher.HEAP_MB));
        for (int run = 1; run <= RUNS; run++) {
            for (String writer : WRITERS) {
                long[] result = probe(writer, rows);
                table.append(String.format(Locale.ROOT, "| %s | %d | %.2f s | %d MB | %.1f MB |%n",
                    "own".equals(writer) ? "hand-written (XlsxSheetWriter)" : "POI SXSSF", run, result[2] / 1000.0,
                    result[3] >> 20, result[1] / (double) (1 << 20)));
            }
        }
        return table.toString();
    }

    private static long[] probe(String writer, int rows) throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + ExportLauncher.HEAP_MB + "m",
            "-cp", System.getProperty("java.class.path"), XlsxWriterProbe.class.getName(), writer,
            String.valueOf(rows)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("The " + writer + " export failed:\n" + output);
        }
        String[] lines = output.strip().split("\n");
        String[] fields = lines[lines.length - 1].strip().split(" ");
        if (fields.length != 5 || !XlsxWriterProbe.RESULT.equals(fields[0])) {
            throw new IOException("The " + writer + " export printed no result:\n" + output);
        }
        long[] result = new long[4];
        for (int index = 0; index < 4; index++) {
            result[index] = Long.parseLong(fields[index + 1]);
        }
        return result;
    }
}
