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
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.EmbeddedPostgres;

/**
 * Runs the policy benchmark, or with {@code profiles} or {@code crossagency} as first argument the profiles or the
 * cross-agency benchmark, on each database asked for and prints the figures as Markdown, ready for
 * {@code docs/benchmarks.md}.
 *
 * @version $Id$
 */
public final class BenchmarkMain
{
    /** The first argument that picks the profiles benchmark. */
    static final String PROFILES = "profiles";

    /** The first argument that picks the cross-agency benchmark. */
    static final String CROSSAGENCY = "crossagency";

    /** The command of the whole-stack load through HTTP. */
    static final String HTTP = "http";

    /**
     * One benchmark on one empty database.
     */
    @FunctionalInterface
    interface DatabaseRun
    {
        /**
         * @param database an empty database
         * @return its figures
         * @throws Exception when a step fails or gives a wrong count
         */
        DatabaseReport run(BenchmarkDatabase database) throws Exception;
    }

    private BenchmarkMain()
    {
    }

    /**
     * @param arguments see {@link BenchmarkOptions#usage()}, {@link ProfilesOptions#usage()} and
     *     {@link CrossAgencyOptions#usage()}
     * @throws Exception when a step fails
     */
    public static void main(String[] arguments) throws Exception
    {
        List<String> all = List.of(arguments);
        String first = all.isEmpty() ? "" : all.get(0);
        String markdown;
        Optional<Path> report;
        try {
            if (CROSSAGENCY.equals(first)) {
                CrossAgencyOptions options = CrossAgencyOptions.parse(all.subList(1, all.size()));
                report = options.report();
                markdown = runCrossAgency(options);
            } else if (HTTP.equals(first)) {
                HttpLoadOptions options = HttpLoadOptions.parse(all.subList(1, all.size()));
                report = options.report();
                markdown = runHttp(options);
            } else if (PROFILES.equals(first)) {
                ProfilesOptions options = ProfilesOptions.parse(all.subList(1, all.size()));
                report = options.report();
                markdown = runProfiles(options);
            } else {
                BenchmarkOptions options = BenchmarkOptions.parse(all);
                report = options.report();
                markdown = run(options);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(markdown);
        if (report.isPresent()) {
            Files.writeString(report.get(), markdown, StandardCharsets.UTF_8);
        }
    }

    /**
     * @param options what to measure
     * @return the figures of the policy benchmark as Markdown
     * @throws Exception when a step fails
     */
    static String run(BenchmarkOptions options) throws Exception
    {
        List<DatabaseReport> reports = onEach(options.databases(), options.folder(),
            database -> new PolicyBenchmark(options, System.err).run(database));
        return machine() + String.format(Locale.ROOT, "%,d people in %d agencies and %d units; %,d + %,d warm-up "
            + "acknowledgements by one caller, %,d by %d callers; JVM arguments %s.%n", options.people(),
            options.agencies(), options.units(), options.latencyAcks(), options.latencyAcks() / 5,
            options.throughputAcks(), options.callers(), ManagementFactory.getRuntimeMXBean().getInputArguments())
            + DatabaseReport.toMarkdown(reports);
    }

    /**
     * @param options what to measure
     * @return the figures of the profiles benchmark as Markdown
     * @throws Exception when a step fails
     */
    static String runProfiles(ProfilesOptions options) throws Exception
    {
        List<DatabaseReport> reports = onEach(options.databases(), options.folder(),
            database -> new ProfilesBenchmark(options, System.err).run(database));
        return machine() + String.format(Locale.ROOT, "%,d profiles in %d agencies and %d units; %,d searches "
            + "(%,d by plain SQL), %,d changes, an import of %,d rows; JVM arguments %s.%n", options.profiles(),
            options.agencies(), options.units(), options.queries(), ProfilesBenchmark.plainQueries(options),
            options.changes(), options.importRows(), ManagementFactory.getRuntimeMXBean().getInputArguments())
            + DatabaseReport.toMarkdown(reports);
    }

    /**
     * @param options what to measure
     * @return the figures of the cross-agency benchmark as Markdown
     * @throws Exception when a step fails
     */
    static String runHttp(HttpLoadOptions options) throws Exception
    {
        deleteRecursively(options.folder());
        Files.createDirectories(options.folder());
        String figures = new HttpLoadBenchmark(options, System.err).run();
        return machine() + String.format(Locale.ROOT, "A sandbox with %,d generated employees; %d concurrent users "
            + "signed in as %,d people; %,d views of each page after as many to warm up; JVM arguments %s.%n",
            options.people(), options.users(), options.users() * options.sessions(), options.views(),
            ManagementFactory.getRuntimeMXBean().getInputArguments()) + figures;
    }

    static String runCrossAgency(CrossAgencyOptions options) throws Exception
    {
        List<DatabaseReport> reports = onEach(options.databases(), options.folder(),
            database -> new CrossAgencyBenchmark(options, System.err).run(database));
        return machine() + String.format(Locale.ROOT, "%,d spaces, %,d memberships over %,d people in %d agencies; "
            + "%,d calls of each read (%,d access checks) after as many to warm up, %d clearance changes; JVM "
            + "arguments %s.%n", options.spaces(), options.memberships(), options.people(), options.agencies(),
            options.queries(), options.queries() * 10, options.clearanceChanges(),
            ManagementFactory.getRuntimeMXBean().getInputArguments()) + DatabaseReport.toMarkdown(reports);
    }

    private static List<DatabaseReport> onEach(List<DatabaseKind> kinds, Path root, DatabaseRun benchmark)
        throws Exception
    {
        List<DatabaseReport> reports = new ArrayList<>();
        for (DatabaseKind kind : kinds) {
            Path folder = root.resolve(kind.name().toLowerCase(Locale.ROOT));
            deleteRecursively(folder);
            Files.createDirectories(folder);
            System.err.println(kind + ":");
            if (kind == DatabaseKind.H2) {
                reports.add(benchmark.run(BenchmarkDatabase.embeddedH2(folder)));
            } else {
                try (EmbeddedPostgres postgres = EmbeddedPostgres.startDurable()) {
                    reports.add(benchmark.run(
                        new BenchmarkDatabase(kind, folder, postgres.createDatabase(), postgres.user())));
                }
            }
        }
        return reports;
    }

    private static String machine() throws IOException
    {
        return String.format(Locale.ROOT, "Run on %s: %s, %d cores, Java %s, benchmark JVM heap max %,d MB.%n",
            LocalDate.now(), cpuModel(), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String cpuModel() throws IOException
    {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuInfo)) {
            for (String line : Files.readAllLines(cpuInfo)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        }
        return System.getProperty("os.arch");
    }

    private static void deleteRecursively(Path folder) throws IOException
    {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
