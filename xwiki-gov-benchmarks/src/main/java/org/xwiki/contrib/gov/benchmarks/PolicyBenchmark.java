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

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.PublicationResult;
import org.xwiki.contrib.gov.policy.Question;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.xwiki.contrib.gov.benchmarks.Measurement.Target.atLeast;
import static org.xwiki.contrib.gov.benchmarks.Measurement.Target.atMost;

/**
 * The policy module's benchmark on one database: publishing a major version to the whole population, acknowledging
 * one at a time and from concurrent callers, reading the compliance summary, exporting the assignments and publishing a
 * second major version, each beside the same work done by {@link PlainJdbc}.
 *
 * @version $Id$
 */
final class PolicyBenchmark
{
    /** The guideline the services work on. */
    static final String KEY = "BENCH_POLICY";

    /** A government administrator, who reads the compliance figures and exports. */
    static final String ADMIN = "bench-admin";

    private static final double MILLIS_PER_SECOND = 1000.0;

    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private static final int SUMMARY_WARM_UP = 20;

    private static final String MS = "ms";

    private static final String SECONDS = "s";

    private final BenchmarkOptions options;

    private final Population population;

    private final Steps steps;

    private final List<Measurement> results = new ArrayList<>();

    /**
     * @param options the counts
     * @param progress where to say what is being done
     */
    PolicyBenchmark(BenchmarkOptions options, PrintStream progress)
    {
        this.options = options;
        this.population = new Population(options.people(), options.agencies(), options.units());
        this.steps = new Steps(progress);
    }

    /**
     * @param database an empty database
     * @return the figures
     * @throws Exception when a step fails or gives a wrong count
     */
    DatabaseReport run(BenchmarkDatabase database) throws Exception
    {
        String product;
        try (TestKernel kernel = database.open()) {
            GovStore store = kernel.get(GovStore.class);
            product = Steps.describe(store);
            setUp(kernel);
            PlainJdbc plain = new PlainJdbc(store.getDataSource());
            plain.createTables();
            measurePublication(kernel, plain, 1);
            measureAcknowledgements(kernel, plain);
            measureAuditChaining(kernel.get(AuditLog.class));
            measureSummary(kernel.get(ComplianceService.class), plain);
        }
        measureExport(database);
        try (TestKernel kernel = database.open()) {
            measurePublication(kernel, new PlainJdbc(kernel.get(GovStore.class).getDataSource()), 2);
        }
        return new DatabaseReport(product, List.copyOf(this.results));
    }

    private void setUp(TestKernel kernel) throws GovException, SQLException
    {
        this.steps.say("creating %d agencies and %d units, loading %,d memberships", this.options.agencies(),
            this.options.units(), this.population.size());
        this.population.createOrganisation(kernel.get(AgencyRegistry.class));
        this.population.loadMemberships(kernel.get(GovStore.class).getDataSource());
        kernel.directory().addUser(ADMIN, ADMIN);
        kernel.get(RoleService.class).grant(Actor.system(), ADMIN, GovRole.GOV_ADMIN, Optional.empty());
        GuidelineService guidelines = kernel.get(GuidelineService.class);
        guidelines.create(Actor.system(), KEY, Optional.empty(), content());
        guidelines.saveAudience(Actor.system(), KEY, new Audience(Set.copyOf(this.population.agencyKeys()),
            Set.of(), Set.of(), Set.of(), Set.of()), 14);
    }

    /**
     * Publishes a major version to everybody. The second one comes last, on a table already holding the first one's
     * million assignments, many of them acknowledged; it leaves those as they are.
     */
    private void measurePublication(TestKernel kernel, PlainJdbc plain, int major) throws Exception
    {
        LocalDate due = LocalDate.ofInstant(kernel.clock().instant(), ZoneOffset.UTC).plusDays(30);
        this.steps.say("publishing major version %d to %,d people", major, this.population.size());
        long start = System.nanoTime();
        PublicationResult published = kernel.get(GuidelineService.class).publish(Actor.system(), KEY,
            new PublicationRequest(VersionKind.MAJOR, major + ".0", new Bilingual("Version " + major,
                "Version " + major), Optional.of(due))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));
        double service = Steps.seconds(start);
        Steps.check(published.assigned() == this.population.size(), "assigned " + published.assigned());
        this.steps.say("plain JDBC: batched insert of %,d assignments", this.population.size());
        start = System.nanoTime();
        plain.assignEverybody(this.population, major, due);
        this.results.add(Measurement.compared(String.format(Locale.ROOT,
            "Publish %s major version to %,d people (plain: batched insert)", major == 1 ? "a" : "a second",
            this.population.size()), SECONDS, service, Steps.seconds(start), atMost(15)));
    }

    private void measureAcknowledgements(TestKernel kernel, PlainJdbc plain) throws Exception
    {
        AcknowledgementService service = kernel.get(AcknowledgementService.class);
        int warmUp = this.options.latencyAcks() / 5;
        int latencyFirst = warmUp;
        int loadFirst = latencyFirst + this.options.latencyAcks();
        this.steps.say("warming up with %,d acknowledgements", warmUp);
        ConcurrentLoad.run(1, warmUp, n -> acknowledge(service, n));
        ConcurrentLoad.run(1, warmUp, n -> plain.acknowledge(userAt(n)));
        this.steps.say("%,d acknowledgements by one caller", this.options.latencyAcks());
        Latencies alone = ConcurrentLoad.run(1, this.options.latencyAcks(),
            n -> acknowledge(service, latencyFirst + n)).latencies();
        Latencies plainAlone = ConcurrentLoad.run(1, this.options.latencyAcks(),
            n -> plain.acknowledge(userAt(latencyFirst + n))).latencies();
        this.results.add(Measurement.compared("One acknowledgement, p99, one caller", MS,
            alone.percentileMillis(99), plainAlone.percentileMillis(99), atMost(10)));
        this.results.add(Measurement.informative("One acknowledgement, p50, one caller", MS,
            alone.percentileMillis(50), plainAlone.percentileMillis(50)));
        this.steps.say("%,d acknowledgements by %d concurrent callers", this.options.throughputAcks(),
            this.options.callers());
        OptionalLong logBefore = plain.writeAheadLogPosition();
        ConcurrentLoad.Result load = ConcurrentLoad.run(this.options.callers(), this.options.throughputAcks(),
            n -> acknowledge(service, loadFirst + n));
        OptionalLong logBetween = plain.writeAheadLogPosition();
        ConcurrentLoad.Result plainLoad = ConcurrentLoad.run(this.options.callers(), this.options.throughputAcks(),
            n -> plain.acknowledge(userAt(loadFirst + n)));
        OptionalLong logAfter = plain.writeAheadLogPosition();
        String callers = this.options.callers() + " concurrent callers";
        this.results.add(Measurement.compared("Acknowledgements per second, " + callers, "/s", load.perSecond(),
            plainLoad.perSecond(), atLeast(2000)));
        this.results.add(Measurement.informative("One acknowledgement, p99, " + callers, MS,
            load.latencies().percentileMillis(99), plainLoad.latencies().percentileMillis(99)));
        if (logBefore.isPresent()) {
            double acks = this.options.throughputAcks();
            this.results.add(Measurement.informative("Write-ahead log written per acknowledgement", "bytes",
                (logBetween.getAsLong() - logBefore.getAsLong()) / acks,
                (logAfter.getAsLong() - logBetween.getAsLong()) / acks));
        }
        ComplianceCounts total = kernel.get(ComplianceService.class)
            .getReport(admin(), KEY, Optional.empty()).total();
        Steps.check(total.acknowledged() == warmUp + this.options.latencyAcks() + this.options.throughputAcks(),
            "acknowledged " + total.acknowledged());
    }

    private void acknowledge(AcknowledgementService service, int n) throws GovException
    {
        String userId = userAt(n);
        service.acknowledge(Actor.user(userId, userId, Locale.ENGLISH),
            KEY, new AcknowledgementInput(1, Locale.ENGLISH, List.of(1), true, Optional.of(userId)));
    }

    private String userAt(int n)
    {
        return this.population.userId(this.population.scattered(n));
    }

    private void measureAuditChaining(AuditLog auditLog) throws GovException
    {
        long pending = auditLog.countPending();
        this.steps.say("chaining %,d deferred audit records", pending);
        long start = System.nanoTime();
        long chained = 0;
        for (int batch = auditLog.chainPending(10_000); batch > 0; batch = auditLog.chainPending(10_000)) {
            chained += batch;
        }
        double elapsed = Steps.seconds(start);
        Steps.check(chained == pending, "chained " + chained + " of " + pending);
        Steps.check(auditLog.verify().isIntact(), "the audit chain is broken");
        this.results.add(Measurement.alone("Deferred audit records chained per second (background task)", "/s",
            chained / elapsed));
    }

    private void measureSummary(ComplianceService compliance, PlainJdbc plain) throws Exception
    {
        this.steps.say("reading the compliance summary %d times", this.options.summaryRuns());
        Actor admin = admin();
        String firstAgency = this.population.agencyKeys().get(0);
        ConcurrentLoad.run(1, SUMMARY_WARM_UP, n -> compliance.getReport(admin, KEY, Optional.empty()));
        ConcurrentLoad.run(1, SUMMARY_WARM_UP, n -> plain.countByAgencyAndState());
        Latencies summary = ConcurrentLoad.run(1, this.options.summaryRuns(),
            n -> compliance.getReport(admin, KEY, Optional.empty())).latencies();
        Latencies drillDown = ConcurrentLoad.run(1, this.options.summaryRuns(),
            n -> compliance.getReport(admin, KEY, Optional.of(firstAgency))).latencies();
        Latencies groupBy = ConcurrentLoad.run(1, this.options.summaryRuns(),
            n -> plain.countByAgencyAndState()).latencies();
        this.results.add(Measurement.compared("Compliance summary by agency, p99 (plain: GROUP BY agency, state)", MS,
            summary.percentileMillis(99), groupBy.percentileMillis(99), atMost(100)));
        this.results.add(Measurement.informative("Compliance drill-down of one agency by unit, p99", MS,
            drillDown.percentileMillis(99), groupBy.percentileMillis(99)));
    }

    private void measureExport(BenchmarkDatabase database) throws Exception
    {
        this.steps.say("exporting %,d assignments as CSV in a JVM with -Xmx%dm", this.population.size(),
            ExportLauncher.HEAP_MB);
        ExportLauncher.Result service = ExportLauncher.run(ExportProbe.Mode.SERVICE, database, KEY, ADMIN);
        ExportLauncher.Result plain = ExportLauncher.run(ExportProbe.Mode.PLAIN, database, KEY, ADMIN);
        Steps.check(service.rows() == this.population.size(), "exported " + service.rows());
        Steps.check(plain.rows() == this.population.size(), "plain exported " + plain.rows());
        String rows = String.format(Locale.ROOT, "%,d rows", this.population.size());
        this.results.add(Measurement.compared("CSV export of " + rows, SECONDS,
            service.millis() / MILLIS_PER_SECOND, plain.millis() / MILLIS_PER_SECOND, atMost(10)));
        this.results.add(Measurement.compared("CSV export of " + rows + ", most heap in use (JVM capped at "
            + ExportLauncher.HEAP_MB + " MB)", "MB", service.peakHeapBytes() / BYTES_PER_MB,
            plain.peakHeapBytes() / BYTES_PER_MB, atMost(ExportLauncher.HEAP_MB)));
        if (database.kind() == DatabaseKind.H2) {
            ExportLauncher.Result pages = ExportLauncher.run(ExportProbe.Mode.PAGES, database, KEY, ADMIN);
            Steps.check(pages.rows() == this.population.size(), "read in pages " + pages.rows());
            this.results.add(Measurement.informative(String.format(Locale.ROOT, "CSV export of %s (plain: its floor, "
                + "the plain rows read in pages of %,d, nothing written)", rows, ExportProbe.PAGE), SECONDS,
                service.millis() / MILLIS_PER_SECOND, pages.millis() / MILLIS_PER_SECOND));
        }
    }

    private static GuidelineContent content()
    {
        return new GuidelineContent(new Bilingual("Social media policy", "Politique sur les médias sociaux"),
            new Bilingual("Think before you post.", "Réfléchissez avant de publier."), BodySyntax.XWIKI_21,
            new Bilingual("I have read and will comply with this policy.", "J'ai lu cette politique."),
            List.of(new Question(new Bilingual("May you post secrets?", "Pouvez-vous publier des secrets ?"),
                List.of(new Choice(new Bilingual("Yes", "Oui"), false), new Choice(new Bilingual("No", "Non"),
                    true)))), 1);
    }

    private static Actor admin()
    {
        return Actor.user(ADMIN, ADMIN, Locale.ENGLISH);
    }
}
