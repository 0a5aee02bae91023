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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.SpaceQuery;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.JdbcValues;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.xwiki.contrib.gov.benchmarks.Measurement.Target.atMost;

/**
 * The cross-agency module's benchmark on one database: "may this person view this space" (asked on every page view),
 * "my spaces", a directory search, one person's clearance change re-evaluating all their memberships, and the
 * background sweep over every membership, each beside {@link PlainCrossAgencyJdbc} doing the same work.
 *
 * @version $Id$
 */
final class CrossAgencyBenchmark
{
    private static final String HR = "bench-hr";

    private static final String MS = "ms";

    private final CrossAgencyOptions options;

    private final Population population;

    private final Steps steps;

    private final List<Measurement> results = new ArrayList<>();

    private SpacePopulation spaces;

    /**
     * @param options the counts
     * @param progress where to say what is being done
     */
    CrossAgencyBenchmark(CrossAgencyOptions options, PrintStream progress)
    {
        this.options = options;
        this.population = new Population(options.people(), options.agencies(), options.agencies());
        this.steps = new Steps(progress);
    }

    /**
     * @param database an empty database
     * @return the figures
     * @throws Exception when a step fails or gives a wrong count
     */
    DatabaseReport run(BenchmarkDatabase database) throws Exception
    {
        try (TestKernel kernel = database.open()) {
            GovStore store = kernel.get(GovStore.class);
            String product = Steps.describe(store);
            setUp(kernel);
            PlainCrossAgencyJdbc plain = new PlainCrossAgencyJdbc(store.getDataSource());
            measureAccess(kernel.get(CollaborationSpaces.class), plain);
            measureMine(kernel.get(SpaceDirectory.class), plain);
            measureSearch(kernel.get(SpaceDirectory.class), plain);
            measureClearance(kernel, plain);
            measureSweep(kernel, plain);
            return new DatabaseReport(product, List.copyOf(this.results));
        }
    }

    private void setUp(TestKernel kernel) throws Exception
    {
        this.spaces = new SpacePopulation(this.options, this.population, kernel.clock().instant());
        this.steps.say("creating %d agencies, loading %,d people, %,d spaces and %,d memberships (%,d of them of "
            + "%d busy people)", this.options.agencies(), this.population.size(), this.options.spaces(),
            this.options.memberships() + this.spaces.busyMemberships(), this.spaces.busyMemberships(),
            this.spaces.busyPeople());
        this.population.createOrganisation(kernel.get(AgencyRegistry.class));
        DataSource dataSource = kernel.get(GovStore.class).getDataSource();
        this.population.loadMemberships(dataSource);
        this.spaces.load(dataSource);
        for (int busy = 0; busy < this.spaces.busyPeople(); busy++) {
            kernel.directory().addUser(SpacePopulation.busyUserId(busy), SpacePopulation.busyUserId(busy));
        }
        kernel.directory().addUser(HR, HR);
        kernel.get(RoleService.class).grant(Actor.system(), HR, GovRole.HR_OFFICER,
            Optional.of(this.population.agencyKey(0)));
        analyze(dataSource);
    }

    private void measureAccess(CollaborationSpaces access, PlainCrossAgencyJdbc plain) throws Exception
    {
        int calls = this.options.queries() * 10;
        this.steps.say("%,d content access checks (one in ten of someone outside the space), after as many", calls);
        ConcurrentLoad.run(1, calls, n -> access.getAccess(accessUser(n + calls), SpacePopulation.key(accessSpace(
            n + calls))));
        int[] allowed = new int[1];
        Latencies service = ConcurrentLoad.run(1, calls, n -> {
            if (access.getAccess(accessUser(n), SpacePopulation.key(accessSpace(n))).canView()) {
                allowed[0]++;
            }
        }).latencies();
        Steps.check(allowed[0] >= calls * 8 / 10 - 1 && allowed[0] < calls, "access granted " + allowed[0]);
        int[] plainAllowed = new int[1];
        Latencies plainLatencies = ConcurrentLoad.run(1, calls, n -> {
            if (plain.mayView(SpacePopulation.key(accessSpace(n)), accessUser(n))) {
                plainAllowed[0]++;
            }
        }).latencies();
        Steps.check(plainAllowed[0] == allowed[0], "plain granted " + plainAllowed[0] + ", service " + allowed[0]);
        this.results.add(Measurement.compared("May this person view or edit this space, p99, warm", MS,
            service.percentileMillis(99), plainLatencies.percentileMillis(99), atMost(1)));
        this.results.add(Measurement.informative("May this person view or edit this space, p50, warm", MS,
            service.percentileMillis(50), plainLatencies.percentileMillis(50)));
    }

    private int accessSpace(int n)
    {
        return this.population.scattered(n + 1) % this.options.spaces();
    }

    private String accessUser(int n)
    {
        int space = accessSpace(n);
        // Stewards and members (the guests and the invitee sit at the end); one in ten asks about another space.
        int position = n % (this.options.perSpace() - 3);
        return this.spaces.memberOf(n % 10 == 9 ? (space + 1) % this.options.spaces() : space, position);
    }

    private void measureMine(SpaceDirectory directory, PlainCrossAgencyJdbc plain) throws Exception
    {
        int queries = this.options.queries();
        this.steps.say("%,d \"my spaces\", after as many", queries);
        ConcurrentLoad.run(1, queries, n -> directory.mine(reader(n + queries)));
        long[] rows = new long[1];
        Latencies service = ConcurrentLoad.run(1, queries, n -> rows[0] += directory.mine(reader(n)).spaces().size())
            .latencies();
        Steps.check(rows[0] > 0, "spaces listed " + rows[0]);
        Latencies plainLatencies = ConcurrentLoad.run(1, queries, n -> plain.mySpaces(reader(n).id())).latencies();
        this.results.add(Measurement.compared("My spaces, p95, warm", MS, service.percentileMillis(95),
            plainLatencies.percentileMillis(95), atMost(20)));
    }

    private Actor reader(int n)
    {
        // Members of a space each: they hold about two memberships, as everyone does on average.
        int space = this.population.scattered(n + 7) % this.options.spaces();
        return Actor.user(this.spaces.memberOf(space, 2 + n % 4), "Reader", Locale.ENGLISH);
    }

    private void measureSearch(SpaceDirectory directory, PlainCrossAgencyJdbc plain) throws Exception
    {
        int queries = this.options.queries();
        this.steps.say("%,d directory searches (a keyword and an agency), after as many", queries);
        ConcurrentLoad.run(1, queries, n -> directory.search(reader(n + queries), query(n + queries)));
        long[] found = new long[1];
        Latencies service = ConcurrentLoad.run(1, queries, n -> found[0] += directory.search(reader(n), query(n))
            .total()).latencies();
        long[] plainFound = new long[1];
        Latencies plainLatencies = ConcurrentLoad.run(1, queries, n -> plainFound[0] += plain.search(reader(n).id(),
            homeOf(reader(n)), SpacePopulation.topic(n), query(n).agencyKey().orElseThrow())).latencies();
        Steps.check(found[0] > 0 && found[0] == plainFound[0], "found " + found[0] + ", plain " + plainFound[0]);
        this.results.add(Measurement.compared("Directory search (a keyword and an agency), p95, warm", MS,
            service.percentileMillis(95), plainLatencies.percentileMillis(95), atMost(50)));
    }

    private SpaceQuery query(int n)
    {
        return new SpaceQuery(Optional.of(SpacePopulation.topic(n)), Optional.of(homeOf(reader(n))),
            Optional.empty(), Optional.empty(), 0, 20);
    }

    private String homeOf(Actor reader)
    {
        return this.population.agencyKey(Integer.parseInt(reader.id().substring(1)));
    }

    private void measureClearance(TestKernel kernel, PlainCrossAgencyJdbc plain) throws Exception
    {
        ClearanceService clearances = kernel.get(ClearanceService.class);
        Actor hr = Actor.user(HR, HR, Locale.ENGLISH);
        int people = this.spaces.busyPeople();
        this.steps.say("%d clearance changes of people in %d spaces each (down, then up again)", people * 2,
            SpacePopulation.BUSY_SPACES);
        int protectedSpaces = (int) this.spaces.busySpacesOf(0).stream().filter(this.spaces::isProtected).count();
        Latencies service = new Latencies();
        Latencies plainLatencies = new Latencies();
        DataSource dataSource = kernel.get(GovStore.class).getDataSource();
        for (int busy = 0; busy < people; busy++) {
            String userId = SpacePopulation.busyUserId(busy);
            long start = System.nanoTime();
            clearances.set(hr, userId, SpacePopulation.UNCLASSIFIED);
            service.add(System.nanoTime() - start);
            Steps.check(suspended(dataSource, userId) == protectedSpaces(busy), "suspended after the change");
            start = System.nanoTime();
            clearances.set(hr, userId, SpacePopulation.PROTECTED);
            service.add(System.nanoTime() - start);
            Steps.check(suspended(dataSource, userId) == 0, "active again");
            start = System.nanoTime();
            int down = plain.changeClearance(userId, SpacePopulation.UNCLASSIFIED, List.of(SpacePopulation.PROTECTED));
            plainLatencies.add(System.nanoTime() - start);
            start = System.nanoTime();
            int up = plain.changeClearance(userId, SpacePopulation.PROTECTED, List.of());
            plainLatencies.add(System.nanoTime() - start);
            Steps.check(down == protectedSpaces(busy) && up == down, "plain changed " + down + ", " + up);
        }
        this.results.add(Measurement.compared(String.format(Locale.ROOT, "One person's clearance change "
            + "re-evaluating their %d memberships (%d suspended, then active again), p95", SpacePopulation.BUSY_SPACES,
            protectedSpaces), MS, service.percentileMillis(95), plainLatencies.percentileMillis(95), atMost(50)));
    }

    private int protectedSpaces(int busy)
    {
        return (int) this.spaces.busySpacesOf(busy).stream().filter(this.spaces::isProtected).count();
    }

    private void measureSweep(TestKernel kernel, PlainCrossAgencyJdbc plain) throws Exception
    {
        this.steps.say("plain JDBC: copying the memberships and spaces, then the sweep's statements");
        plain.copyForSweep();
        Instant now = kernel.clock().instant();
        int today = (int) LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay();
        long start = System.nanoTime();
        int plainChanged = plain.sweep(now.minus(Duration.ofDays(14)).toEpochMilli(), today, today + 14);
        double plainSeconds = Steps.seconds(start);
        Steps.check(plainChanged > 0, "plain changed " + plainChanged);

        int memberships = this.options.memberships() + this.spaces.busyMemberships();
        this.steps.say("the sweep over %,d memberships", memberships);
        GovTask sweep = kernel.get(GovTask.class, "crossagency-sweep");
        start = System.nanoTime();
        sweep.run();
        double service = Steps.seconds(start);
        DataSource dataSource = kernel.get(GovStore.class).getDataSource();
        long expired = count(dataSource, "SELECT COUNT(*) FROM gov_crossagency_member WHERE member_state = 'EXPIRED'");
        long reviews = count(dataSource, "SELECT COUNT(*) FROM gov_crossagency_review");
        Steps.check(expired == this.spaces.endedGuests() + this.spaces.expiredInvitations(), "expired " + expired);
        Steps.check(reviews == this.spaces.reviewsDue(), "reviews opened " + reviews);
        this.results.add(Measurement.compared(String.format(Locale.ROOT, "The sweep over %,d memberships: %,d guests "
            + "ended, %,d invitations expired, sponsors warned, %,d access reviews opened (plain: five statements)",
            memberships, this.spaces.endedGuests(), this.spaces.expiredInvitations(), reviews), "s", service,
            plainSeconds, atMost(30)));
    }

    private static int suspended(DataSource dataSource, String userId) throws SQLException
    {
        return (int) count(dataSource, "SELECT COUNT(*) FROM gov_crossagency_member WHERE member_state = 'SUSPENDED' "
            + "AND user_id = ?", userId);
    }

    private static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException
    {
        try (Connection connection = dataSource.getConnection()) {
            return JdbcValues.queryOne(connection, sql, row -> row.getLong(1), parameters).orElseThrow();
        }
    }

    private static void analyze(DataSource dataSource) throws SQLException
    {
        try (Connection connection = dataSource.getConnection()) {
            // H2 and PostgreSQL alike: every table's statistics, after the bulk load.
            try (PreparedStatement statement = connection.prepareStatement("ANALYZE")) {
                statement.execute();
            }
        }
    }
}
