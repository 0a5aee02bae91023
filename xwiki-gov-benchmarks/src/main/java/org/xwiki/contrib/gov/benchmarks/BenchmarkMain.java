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
import java.util.stream.Stream;

import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.EmbeddedPostgres;

/**
 * Runs the policy benchmark on each database asked for and prints the figures as Markdown, ready for
 * {@code docs/benchmarks.md}.
 *
 * @version $Id$
 */
public final class BenchmarkMain
{
    private BenchmarkMain()
    {
    }

    /**
     * @param arguments see {@link BenchmarkOptions#usage()}
     * @throws Exception when a step fails
     */
    public static void main(String[] arguments) throws Exception
    {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(List.of(arguments));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String markdown = run(options);
        System.out.println(markdown);
        if (options.report().isPresent()) {
            Files.writeString(options.report().get(), markdown, StandardCharsets.UTF_8);
        }
    }

    /**
     * @param options what to measure
     * @return the figures as Markdown
     * @throws Exception when a step fails
     */
    static String run(BenchmarkOptions options) throws Exception
    {
        List<PolicyBenchmark.Report> reports = new ArrayList<>();
        for (DatabaseKind kind : options.databases()) {
            Path folder = options.folder().resolve(kind.name().toLowerCase(Locale.ROOT));
            deleteRecursively(folder);
            Files.createDirectories(folder);
            System.err.println(kind + ":");
            PolicyBenchmark benchmark = new PolicyBenchmark(options, System.err);
            if (kind == DatabaseKind.H2) {
                reports.add(benchmark.run(BenchmarkDatabase.embeddedH2(folder)));
            } else {
                try (EmbeddedPostgres postgres = EmbeddedPostgres.startDurable()) {
                    reports.add(benchmark.run(
                        new BenchmarkDatabase(kind, folder, postgres.createDatabase(), postgres.user())));
                }
            }
        }
        return markdown(options, reports);
    }

    private static String markdown(BenchmarkOptions options, List<PolicyBenchmark.Report> reports)
        throws IOException
    {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Run on %s: %s, %d cores, Java %s, benchmark JVM heap max %,d MB.%n",
            LocalDate.now(), cpuModel(), Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append(String.format(Locale.ROOT, "%,d people in %d agencies and %d units; %,d + %,d warm-up "
            + "acknowledgements by one caller, %,d by %d callers; JVM arguments %s.%n", options.people(),
            options.agencies(), options.units(), options.latencyAcks(), options.latencyAcks() / 5,
            options.throughputAcks(), options.callers(), ManagementFactory.getRuntimeMXBean().getInputArguments()));
        for (PolicyBenchmark.Report report : reports) {
            out.append(System.lineSeparator()).append("**").append(report.database()).append("**")
                .append(System.lineSeparator()).append(System.lineSeparator());
            out.append("| Measure | Target | Service layer | Plain JDBC | Ratio | Target met |")
                .append(System.lineSeparator());
            out.append("|---|---|---|---|---|---|").append(System.lineSeparator());
            for (Measurement measurement : report.measurements()) {
                out.append(measurement.toMarkdownRow()).append(System.lineSeparator());
            }
        }
        return out.toString();
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
