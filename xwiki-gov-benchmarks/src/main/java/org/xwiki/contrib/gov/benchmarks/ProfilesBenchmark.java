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

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectoryResult;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.ImportStatus;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.search.ProfileIndex;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.xwiki.contrib.gov.benchmarks.Measurement.Target.atMost;

/**
 * The profiles module's benchmark on one database: building the Lucene index of every profile, searching it with
 * keywords and two facets, a change found by the next search, and an HR import, each beside the same work done by
 * {@link PlainProfilesJdbc} with SQL {@code ILIKE}.
 *
 * @version $Id$
 */
final class ProfilesBenchmark
{
    /** The HR officer of the first agency, who imports. */
    static final String HR = "bench-hr";

    /** The most searches plain SQL runs: each scans the profile tables, so they are few. */
    private static final int MAX_PLAIN_QUERIES = 20;

    private static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(30);

    private static final String MS = "ms";

    private static final String SECONDS = "s";

    private static final String FRENCH = "fr";

    private final ProfilesOptions options;

    private final Population population;

    private final ProfilePopulation profiles;

    private final Steps steps;

    private final List<Measurement> results = new ArrayList<>();

    /**
     * @param options the counts
     * @param progress where to say what is being done
     */
    ProfilesBenchmark(ProfilesOptions options, PrintStream progress)
    {
        this.options = options;
        this.population = new Population(options.profiles(), options.agencies(), options.units());
        this.profiles = new ProfilePopulation(this.population);
        this.steps = new Steps(progress);
    }

    /**
     * @param options the counts
     * @return how many searches plain SQL runs
     */
    static int plainQueries(ProfilesOptions options)
    {
        return Math.min(options.queries(), MAX_PLAIN_QUERIES);
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
            PlainProfilesJdbc plain = new PlainProfilesJdbc(store.getDataSource());
            measureIndexBuild(kernel.get(ProfileIndex.class), plain);
            measureSearch(kernel.get(DirectorySearch.class), plain);
            measureChanges(kernel, plain);
            measureImport(kernel, plain);
            return new DatabaseReport(product, List.copyOf(this.results));
        }
    }

    private void setUp(TestKernel kernel) throws Exception
    {
        this.steps.say("creating %d agencies and %d units, loading %,d memberships and profiles",
            this.options.agencies(), this.options.units(), this.population.size());
        this.population.createOrganisation(kernel.get(AgencyRegistry.class));
        GovStore store = kernel.get(GovStore.class);
        this.population.loadMemberships(store.getDataSource());
        this.profiles.load(store.getDataSource());
        for (int index = 0; index < this.population.size(); index++) {
            kernel.directory().addUser(this.population.userId(index), ProfilePopulation.nameOf(index));
        }
        for (String newcomer : ProfilePopulation.newcomers(this.options.importRows())) {
            kernel.directory().addUser(newcomer, newcomer);
        }
        kernel.directory().addUser(HR, HR);
        kernel.get(RoleService.class).grant(Actor.system(), HR, GovRole.HR_OFFICER,
            Optional.of(this.population.agencyKey(0)));
    }

    private void measureIndexBuild(ProfileIndex index, PlainProfilesJdbc plain) throws Exception
    {
        this.steps.say("building the index of %,d profiles", this.population.size());
        long start = System.nanoTime();
        int indexed = index.rebuild();
        double service = Steps.seconds(start);
        Steps.check(indexed == this.population.size(), "indexed " + indexed);
        this.steps.say("plain JDBC: reading every profile with its skills");
        start = System.nanoTime();
        long rows = plain.readAll();
        double plainSeconds = Steps.seconds(start);
        Steps.check(rows == 4L * this.population.size(), "read " + rows);
        this.results.add(Measurement.compared(String.format(Locale.ROOT, "Full index build of %,d profiles (plain: "
            + "one streamed query reading every profile and skill)", this.population.size()), SECONDS, service,
            plainSeconds, atMost(120)));
    }

    private void measureSearch(DirectorySearch search, PlainProfilesJdbc plain) throws Exception
    {
        Actor searcher = person(1);
        int queries = this.options.queries();
        this.steps.say("%,d directory searches (keywords, agency and language), after as many to warm up", queries);
        ConcurrentLoad.run(1, queries, n -> search.search(searcher, query(n + queries)));
        int[] found = new int[1];
        Latencies service = ConcurrentLoad.run(1, queries, n -> {
            DirectoryResult result = search.search(searcher, query(n));
            if (result.total() > 0) {
                found[0]++;
            }
        }).latencies();
        Steps.check(found[0] >= queries * 4 / 5, "searches that found someone: " + found[0]);
        int plainRuns = plainQueries(this.options);
        this.steps.say("plain JDBC: %d searches with ILIKE", plainRuns);
        Latencies plainLatencies = ConcurrentLoad.run(1, plainRuns,
            n -> plain.search(keywords(n), agencyOf(n), FRENCH)).latencies();
        this.results.add(Measurement.compared("Keywords and two facets (agency, language), p95, warm", MS,
            service.percentileMillis(95), plainLatencies.percentileMillis(95), atMost(50)));
        this.results.add(Measurement.informative("Keywords and two facets (agency, language), p50, warm", MS,
            service.percentileMillis(50), plainLatencies.percentileMillis(50)));
    }

    private DirectoryQuery query(int n)
    {
        return new DirectoryQuery(keywords(n), Map.of(DirectoryFacet.AGENCY, Set.of(agencyOf(n)),
            DirectoryFacet.LANGUAGE, Set.of(FRENCH)), 0, 20);
    }

    private static String keywords(int n)
    {
        // One word of a skill, or a whole skill, in turn.
        String skill = ProfilePopulation.skill(n * 7);
        return n % 2 == 0 ? skill : skill.substring(skill.lastIndexOf(' ') + 1);
    }

    private String agencyOf(int n)
    {
        return this.population.agencyKey(n);
    }

    private void measureChanges(TestKernel kernel, PlainProfilesJdbc plain) throws Exception
    {
        ProfileService service = kernel.get(ProfileService.class);
        DirectorySearch search = kernel.get(DirectorySearch.class);
        Actor searcher = person(2);
        int changes = this.options.changes();
        this.steps.say("%d profile changes, each searched for until found", changes);
        Latencies visible = new Latencies();
        Latencies plainVisible = new Latencies();
        for (int n = 0; n < changes; n++) {
            int index = this.population.scattered(n + 1);
            String word = "changeprobe" + (char) ('a' + n % 26) + (char) ('a' + n / 26 % 26);
            long start = System.nanoTime();
            // Shown to all public servants: the searcher works in another agency.
            service.updateOwn(person(index), details(index, word), Map.of(PersonalField.SKILLS, Visibility.GOVERNMENT));
            while (!finds(search, searcher, word, this.population.userId(index))) {
                Steps.check(Steps.seconds(start) < CHANGE_TIMEOUT.toSeconds(), "a change never found: " + word);
            }
            visible.add(System.nanoTime() - start);
            start = System.nanoTime();
            Steps.check(plain.changeAndFind(this.population.userId(this.population.scattered(n + changes + 1)),
                word + "plain"), "plain change found");
            plainVisible.add(System.nanoTime() - start);
        }
        this.results.add(Measurement.compared("A profile change found by the next search, worst of " + changes
            + " (plain: UPDATE, then SELECT … ILIKE)", MS, visible.percentileMillis(100),
            plainVisible.percentileMillis(100), atMost(1000)));
    }

    private static boolean finds(DirectorySearch search, Actor searcher, String word, String userId)
        throws GovException
    {
        return search.search(searcher, DirectoryQuery.of(word)).hits().stream()
            .anyMatch(hit -> hit.person().userId().equals(userId));
    }

    private static PersonalDetails details(int index, String word)
    {
        PersonalDetails empty = PersonalDetails.EMPTY;
        return new PersonalDetails(empty.preferredName(), empty.pronouns(), Optional.of("Ottawa"), empty.phone(),
            empty.email(), List.of(), List.of(ProfilePopulation.skillOf(index, 0), word), empty.bio(), true,
            empty.availabilityNote(), List.of());
    }

    private void measureImport(TestKernel kernel, PlainProfilesJdbc plain) throws Exception
    {
        int rows = this.options.importRows();
        List<String[]> lines = this.profiles.importRows(rows);
        int existing = rows / 4;
        this.steps.say("plain JDBC: copying the profiles, then updating %,d and inserting %,d", existing,
            rows - existing);
        plain.copyProfiles();
        long start = System.nanoTime();
        plain.importRows(lines, existing);
        double plainSeconds = Steps.seconds(start);

        this.steps.say("importing %,d rows (%,d people updated, %,d newcomers)", rows, existing, rows - existing);
        ProfileImportService imports = kernel.get(ProfileImportService.class);
        Actor hr = Actor.user(HR, HR, Locale.ENGLISH);
        start = System.nanoTime();
        ImportStatus started = imports.start(hr, this.population.agencyKey(0), false,
            new ByteArrayInputStream(ProfilePopulation.toCsv(lines)));
        ImportStatus done = imports.run(hr, started.importId());
        double service = Steps.seconds(start);
        Steps.check(done.isDone() && done.rejected() == 0 && done.updated() == existing
            && done.created() == rows - existing, "imported " + done);
        this.results.add(Measurement.compared(String.format(Locale.ROOT, "CSV import of %,d rows, checked, applied "
            + "and indexed (plain: batched UPDATE and INSERT of the profile rows)", rows), SECONDS, service,
            plainSeconds, atMost(60)));
    }

    private Actor person(int index)
    {
        String userId = this.population.userId(index);
        return Actor.user(userId, ProfilePopulation.nameOf(index), Locale.ENGLISH);
    }
}
