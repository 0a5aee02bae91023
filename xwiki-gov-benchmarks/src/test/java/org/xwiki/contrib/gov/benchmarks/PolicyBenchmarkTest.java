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

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark at a tiny scale, so that it keeps working: every step checks its own counts (assigned, acknowledged,
 * chained, exported) and fails the run when one is wrong.
 *
 * @version $Id$
 */
class PolicyBenchmarkTest
{
    @Test
    void runsEveryMeasureOnBothDatabases(@TempDir Path folder) throws Exception
    {
        String markdown = BenchmarkMain.run(BenchmarkOptions.parse(List.of("--people", "3000", "--agencies", "3",
            "--units", "6", "--latency-acks", "100", "--throughput-acks", "400", "--callers", "4", "--summary-runs",
            "5", "--folder", folder.toString())));

        assertTrue(markdown.contains("**H2 "), markdown);
        assertTrue(markdown.contains("**PostgreSQL "), markdown);
        for (String measure : List.of("Publish a major version to 3,000 people", "One acknowledgement, p99, one caller",
            "Acknowledgements per second, 4 concurrent callers", "Deferred audit records chained per second",
            "Compliance summary by agency, p99", "CSV export of 3,000 rows |", "CSV export of 3,000 rows, most heap",
            "Publish a second major version to 3,000 people")) {
            assertEquals(2, markdown.split(Pattern.quote("| " + measure), -1).length - 1,
                () -> measure + " on each database:\n" + markdown);
        }
        // The floor of the export reads the plain rows in pages through H2's row ids: on H2 only.
        assertEquals(1, markdown.split(Pattern.quote("| CSV export of 3,000 rows (plain: its floor"), -1).length - 1,
            markdown);
    }

    @Test
    void refusesCountsThatDoNotFit()
    {
        assertThrows(IllegalArgumentException.class,
            () -> BenchmarkOptions.parse(List.of("--people", "100", "--throughput-acks", "200")));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--units", "25")));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--database", "oracle")));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--people")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> BenchmarkOptions.parse(List.of("--bogus")));
        assertTrue(unknown.getMessage().startsWith("Unknown argument: --bogus"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse(List.of("--callers", "-1")));
    }

    @Test
    void percentilesAreNearestRank()
    {
        Latencies latencies = new Latencies();
        for (int millis = 1; millis <= 100; millis++) {
            latencies.add(millis * 1_000_000L);
        }
        assertEquals(99.0, latencies.percentileMillis(99));
        assertEquals(50.0, latencies.percentileMillis(50));
        assertEquals(100.0, latencies.percentileMillis(100));
    }

    @Test
    void scatteringVisitsEveryPersonOnce()
    {
        Population population = new Population(1000, 20, 200);
        boolean[] seen = new boolean[1000];
        for (int n = 0; n < 1000; n++) {
            int index = population.scattered(n);
            assertTrue(!seen[index], "visited twice: " + index);
            seen[index] = true;
        }
        assertEquals("AG05-U03", population.unitKey(65));
    }
}
