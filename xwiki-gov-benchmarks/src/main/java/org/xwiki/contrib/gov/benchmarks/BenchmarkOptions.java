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
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * The command line of the policy benchmark. Every count has the figure as its default, so that the plain
 * command measures what the targets speak of.
 *
 * @param databases the databases to measure, in order
 * @param people how many people (and so assignments)
 * @param agencies how many agencies
 * @param units how many units in all, spread evenly over the agencies
 * @param latencyAcks how many acknowledgements one caller makes one after the other, for the latency
 * @param throughputAcks how many acknowledgements the concurrent callers make together, for the throughput
 * @param callers how many concurrent callers
 * @param summaryRuns how many times the compliance summary is read
 * @param folder where the databases' files go
 * @param report a file to write the Markdown results to, besides standard output
 * @version $Id$
 */
public record BenchmarkOptions(List<DatabaseKind> databases, int people, int agencies, int units, int latencyAcks,
    int throughputAcks, int callers, int summaryRuns, Path folder, Optional<Path> report)
{
    private static final Set<String> NAMES = Set.of("--database", "--people", "--agencies", "--units",
        "--latency-acks", "--throughput-acks", "--callers", "--summary-runs", "--folder", "--out");

    /**
     * Checks that the counts fit together.
     */
    public BenchmarkOptions
    {
        databases = List.copyOf(databases);
        if (databases.isEmpty() || agencies < 1 || units < agencies || units % agencies != 0 || callers < 1
            || summaryRuns < 1 || latencyAcks < 1 || throughputAcks < callers) {
            throw new IllegalArgumentException("Bad counts.\n" + usage());
        }
        if (latencyAcks + latencyAcks / 5 + (long) throughputAcks > people) {
            throw new IllegalArgumentException("--people must exceed the acknowledgements made (the latency ones, a "
                + "fifth of them more to warm up, the throughput ones), so that each acknowledges a pending "
                + "assignment.\n" + usage());
        }
    }

    /**
     * @param arguments the command-line arguments
     * @return the options
     * @throws IllegalArgumentException naming an unknown argument, a missing value or a bad number
     */
    public static BenchmarkOptions parse(List<String> arguments)
    {
        Arguments given = Arguments.read(arguments, NAMES, usage());
        return new BenchmarkOptions(given.databases(), given.number("--people", 1_000_000),
            given.number("--agencies", 20), given.number("--units", 200), given.number("--latency-acks", 5_000),
            given.number("--throughput-acks", 64_000), given.number("--callers", 16),
            given.number("--summary-runs", 200), given.folder(), given.report());
    }

    /**
     * @return how to call the benchmark
     */
    public static String usage()
    {
        return "Usage: java -jar xwiki-gov-benchmarks.jar [--database h2,postgresql] [--people 1000000] "
            + "[--agencies 20] [--units 200]\n    [--latency-acks 5000] [--throughput-acks 64000] [--callers 16] "
            + "[--summary-runs 200] [--folder target/benchmark-data] [--out FILE]";
    }
}
