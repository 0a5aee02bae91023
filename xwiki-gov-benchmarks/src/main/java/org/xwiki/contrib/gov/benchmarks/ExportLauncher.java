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
 * Starts {@link ExportProbe} in a JVM whose heap is capped, so that an export that held its rows in memory would fail
 * rather than pass unnoticed.
 *
 * @version $Id$
 */
final class ExportLauncher
{
    /** The heap cap of the export's JVM, in megabytes. */
    static final int HEAP_MB = 256;

    /**
     * What one export did.
     *
     * @param rows the data rows written
     * @param bytes the bytes written
     * @param millis how long it took
     * @param peakHeapBytes the most heap in use (garbage included) sampled during the export
     */
    record Result(long rows, long bytes, long millis, long peakHeapBytes)
    {
    }

    private ExportLauncher()
    {
    }

    /**
     * @param mode what to run
     * @param database the database, closed by this process
     * @param key the guideline
     * @param readerId a government administrator
     * @return what the export did
     * @throws IOException when the export's JVM fails or prints no result
     * @throws InterruptedException when interrupted while waiting for it
     */
    static Result run(ExportProbe.Mode mode, BenchmarkDatabase database, String key, String readerId)
        throws IOException, InterruptedException
    {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP_MB + "m",
            "-cp", System.getProperty("java.class.path"), ExportProbe.class.getName(),
            mode.name().toLowerCase(Locale.ROOT)));
        command.addAll(database.toArguments());
        command.add(key);
        command.add(readerId);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("The export failed:\n" + output);
        }
        String[] lines = output.strip().split("\n");
        String[] fields = lines[lines.length - 1].strip().split(" ");
        if (fields.length != 5 || !ExportProbe.RESULT.equals(fields[0])) {
            throw new IOException("The export printed no result:\n" + output);
        }
        return new Result(Long.parseLong(fields[1]), Long.parseLong(fields[2]), Long.parseLong(fields[3]),
            Long.parseLong(fields[4]));
    }
}
