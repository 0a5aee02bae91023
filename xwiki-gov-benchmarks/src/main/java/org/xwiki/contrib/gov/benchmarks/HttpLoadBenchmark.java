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
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.xwiki.contrib.gov.benchmarks.Measurement.Target.atLeast;
import static org.xwiki.contrib.gov.benchmarks.Measurement.Target.atMost;

/**
 * The whole stack under load: a sandbox started as people start it, with its demo government scaled up, and concurrent
 * signed-in users opening their guidelines, searching the directory, opening profiles and acknowledging through the
 * JSON API, each page beside a static file served by the same Jetty (the floor: no sign-in check, template or
 * service). Every request must answer 200, or the run stops. The sandbox's flight recording then says which layer the
 * server's time went to during each phase.
 *
 * @version $Id$
 */
final class HttpLoadBenchmark
{
    private static final String MS = "ms";

    private static final String STATIC = "/static/gov.css";

    private static final String ACKNOWLEDGE = "/gov/rest/policy/guidelines/SOCIAL_MEDIA/acknowledgements";

    private static final String ACKNOWLEDGEMENT =
        "{\"version\":1,\"language\":\"en\",\"answers\":[1],\"attested\":true}";

    /** Words of the demo's position titles, which the directory finds thousands of people by. */
    private static final List<String> KEYWORDS = List.of("analyst", "epidemiologist", "advisor", "developer",
        "auditor", "officer", "engineer", "scientist", "designer", "health");

    private final HttpLoadOptions options;

    private final Steps steps;

    private final List<Measurement> results = new ArrayList<>();

    private final Map<String, ServerTimeShares.Window> phases = new LinkedHashMap<>();

    /**
     * @param options the counts
     * @param progress where to say what is being done
     */
    HttpLoadBenchmark(HttpLoadOptions options, PrintStream progress)
    {
        this.options = options;
        this.steps = new Steps(progress);
    }

    /**
     * @return the figures, and where the server's time went
     * @throws Exception when a step fails or a request does not answer 200
     */
    String run() throws Exception
    {
        this.steps.say("starting the sandbox with %,d generated employees", this.options.people());
        long start = System.nanoTime();
        SandboxProcess sandbox = SandboxProcess.start(this.options.sandboxJar(), this.options.folder(),
            this.options.people());
        try (sandbox) {
            this.results.add(Measurement.alone(String.format(Locale.ROOT, "Sandbox start with a new demo government "
                + "of %,d generated employees (HR imports, directory index, guideline assignments)",
                this.options.people()), "s", Steps.seconds(start)));
            measure(sandbox.uri());
        }
        Map<String, ServerTimeShares> shares = ServerTimeShares.read(sandbox.recording(), this.phases);
        return DatabaseReport.toMarkdown(List.of(new DatabaseReport("Sandbox (H2), " + this.options.users()
            + " concurrent users on loopback", this.results))) + "\nWhere the server's time went in each phase, by "
            + "the layer of the code running in each sample (Java Flight Recorder, `profile` settings):\n\n"
            + ServerTimeShares.toMarkdown(shares);
    }

    private void measure(URI base) throws Exception
    {
        HttpClient http = HttpSession.sharedClient();
        int people = this.options.users() * this.options.sessions();
        this.steps.say("signing in %,d people with the sign-in form, %d at a time", people, this.options.users());
        List<HttpSession> sessions = new ArrayList<>(people);
        for (int n = 0; n < people; n++) {
            sessions.add(new HttpSession(http, base));
        }
        ConcurrentLoad.Result signIns = ConcurrentLoad.run(this.options.users(), people,
            n -> sessions.get(n).signIn(HttpLoadOptions.acknowledgingLogin(n), "demo"));
        this.results.add(Measurement.alone("Sign-in through the form, then a page for the CSRF token, p95 (the "
            + "password hash is slow by design)", MS, signIns.latencies().percentileMillis(95)));

        ConcurrentLoad.Result floor = views("static file", n -> sessions.get(n % people).get(STATIC));
        page("My guidelines", "/policy/mine", floor, n -> sessions.get(n % people).get("/policy/mine"));
        page("Directory search", "/profiles/directory?q=…", floor, n -> sessions.get(n % people)
            .get("/profiles/directory?q=" + KEYWORDS.get(n % KEYWORDS.size())));
        page("A profile", "/profiles/profile?user=…", floor, n -> sessions.get(n % people)
            .get("/profiles/profile?user=" + HttpLoadOptions.acknowledgingLogin((n * 7) % people)));

        // Each person acknowledges once, so other people warm the path up (the JIT, the JSON mapping, H2's
        // statements), which the pages' views do not reach.
        int warmUp = people / 2;
        this.steps.say("acknowledgements through the JSON API, one per person: %,d to warm up, then %,d by %d users",
            warmUp, people - warmUp, this.options.users());
        acknowledge(sessions.subList(0, warmUp));
        Instant from = Instant.now();
        ConcurrentLoad.Result acknowledgements = acknowledge(sessions.subList(warmUp, people));
        this.phases.put("acknowledgements", new ServerTimeShares.Window(from, Instant.now()));
        this.results.add(Measurement.compared(String.format(Locale.ROOT, "Acknowledgements through the JSON API per "
            + "second, %d users, %,d after %,d to warm up (plain: static file requests per second)",
            this.options.users(), people - warmUp, warmUp), "/s",
            acknowledgements.perSecond(), floor.perSecond(), atLeast(1000)));
        this.results.add(Measurement.compared("Acknowledgement through the JSON API, p95", MS,
            acknowledgements.latencies().percentileMillis(95), floor.latencies().percentileMillis(95), atMost(100)));
    }

    private ConcurrentLoad.Result acknowledge(List<HttpSession> people) throws InterruptedException
    {
        return ConcurrentLoad.run(this.options.users(), people.size(), n -> {
            String answer = people.get(n).postJson(ACKNOWLEDGE, ACKNOWLEDGEMENT).body();
            if (!answer.contains("\"textHash\"")) {
                throw new IOException("Not an acknowledgement: " + answer);
            }
        });
    }

    private void page(String phase, String path, ConcurrentLoad.Result floor, ConcurrentLoad.Call view)
        throws Exception
    {
        ConcurrentLoad.Result load = views(phase, view);
        String name = phase + ", " + path;
        this.results.add(Measurement.compared(name + ", p95 (plain: a static file from the same Jetty)", MS,
            load.latencies().percentileMillis(95), floor.latencies().percentileMillis(95), atMost(100)));
        this.results.add(Measurement.informative(name + ", p50", MS, load.latencies().percentileMillis(50),
            floor.latencies().percentileMillis(50)));
    }

    private ConcurrentLoad.Result views(String phase, ConcurrentLoad.Call view) throws Exception
    {
        this.steps.say("%s: %,d views to warm up, then %,d by %d users", phase, this.options.views(),
            this.options.views(), this.options.users());
        ConcurrentLoad.run(this.options.users(), this.options.views(), view);
        Instant from = Instant.now();
        ConcurrentLoad.Result load = ConcurrentLoad.run(this.options.users(), this.options.views(), view);
        this.phases.put(phase, new ServerTimeShares.Window(from, Instant.now()));
        return load;
    }
}
