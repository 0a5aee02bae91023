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
package org.xwiki.contrib.gov.sandbox;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.sandbox.web.GovRequestFilter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated input through the sandbox's entry points, as HTTP requests: the directory search (JSON, CSV, suggestions
 * and the page), the HR import's CSV reader (dry run), and every JSON write (my profile, endorsements and their
 * withdrawal, acknowledgements, cross-agency proposals, decisions and memberships). Whatever the input, no answer is
 * a server error: a request the API cannot take is
 * refused with a reason (4xx). An input is UTF-8 text whose lines fill the request's values in turn, so that an
 * input file is easy to read and to write.
 * <p>
 * An input's first line names the entry point it goes through ({@code directorySearch}, {@code hrImportDryRun} or
 * {@code jsonWrites}) and the rest is that entry point's input; a generated input whose first line names none goes,
 * whole, to the one its first byte picks. One test takes them all, so that the build starts one instrumented JVM and
 * one sandbox for the three rather than one each, and the fuzzer spends its time on whichever reaches new code.
 * <p>
 * In a normal build the test runs on the files of {@code GeneratedInputsFuzzTestInputs/entryPoints/} (hostile strings,
 * and the inputs of past defects). With {@code JAZZER_FUZZ=1}, Jazzer then generates inputs for the test's
 * {@code maxDuration}; the build does so after the other tests (see the sandbox's pom.xml).
 *
 * @version $Id$
 */
class GeneratedInputsFuzzTest
{
    private static final String PROFILES = "/gov/rest/profiles/";

    private static final String CROSSAGENCY = "/gov/rest/crossagency/";

    /** The entry points, as an input's first line names them. */
    private static final List<String> ENTRY_POINTS = List.of("directorySearch", "hrImportDryRun", "jsonWrites");

    private static final int MAX_LINES = 40;

    /** Over the API's limits (200 characters of keywords), under the server's (8 kB of headers, 9 bytes a character). */
    private static final int MAX_ADDRESS_VALUE = 250;

    private static Sandbox sandbox;

    private static Session alice;

    private static Session bob;

    private static Session hana;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start(@TempDir Path data) throws Exception
    {
        sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", data));
        alice = Session.of("alice");
        bob = Session.of("bob");
        hana = Session.of("hana");
    }

    @AfterAll
    static void stop()
    {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void entryPoints(byte[] input) throws Exception
    {
        int lineEnd = indexOf(input, (byte) '\n');
        String named = lineEnd < 0 ? "" : new String(input, 0, lineEnd, StandardCharsets.UTF_8);
        int entryPoint = ENTRY_POINTS.indexOf(named);
        byte[] rest = input;
        if (entryPoint >= 0) {
            rest = Arrays.copyOfRange(input, lineEnd + 1, input.length);
        } else {
            entryPoint = input.length == 0 ? 0 : Byte.toUnsignedInt(input[0]) % ENTRY_POINTS.size();
        }
        try (SilentCloseable sandboxOnly = sandboxConnections()) {
            switch (entryPoint) {
                case 0 -> directorySearch(rest);
                case 1 -> hrImportDryRun(rest);
                default -> jsonWrites(rest);
            }
        }
    }

    private static int indexOf(byte[] input, byte wanted)
    {
        for (int index = 0; index < input.length; index++) {
            if (input[index] == wanted) {
                return index;
            }
        }
        return -1;
    }

    private void directorySearch(byte[] input) throws Exception
    {
        Lines lines = new Lines(input);
        String query = "q=" + lines.encoded() + "&skill=" + lines.encoded() + "&agency=" + lines.encoded()
            + "&page=" + lines.encoded() + "&pageSize=" + lines.encoded();
        String prefix = "prefix=" + lines.encoded() + "&limit=" + lines.encoded();
        for (String path : List.of(PROFILES + "search?" + query, PROFILES + "search.csv?" + query,
            PROFILES + "suggest/people?" + prefix, PROFILES + "suggest/skills?" + prefix)) {
            answered(bob.client().get(path));
        }
        answered(bob.client().get("/profiles/directory?" + query));
    }

    private void hrImportDryRun(byte[] input) throws Exception
    {
        Map<String, String> csv = hana.headers("text/csv");
        String dryRun = PROFILES + "imports?agency=HEALTH&dryRun=true";
        answered(hana.client().sendBytes("POST", dryRun, input, csv));
        byte[] header = "user_id,display_name,agency,unit,position_title,classification,manager_id\n"
            .getBytes(StandardCharsets.UTF_8);
        byte[] withHeader = new byte[header.length + input.length];
        System.arraycopy(header, 0, withHeader, 0, header.length);
        System.arraycopy(input, 0, withHeader, header.length, input.length);
        answered(hana.client().sendBytes("POST", dryRun, withHeader, csv));
    }

    private void jsonWrites(byte[] input) throws Exception
    {
        Lines lines = new Lines(input);
        Map<String, Object> details = new LinkedHashMap<>();
        for (String field : List.of("preferredName", "pronouns", "location", "phone", "email", "bio",
            "availabilityNote")) {
            details.put(field, lines.next());
        }
        details.put("skills", List.of(lines.next(), lines.next()));
        details.put("languages", List.of(Map.of("languageTag", lines.next(), "proficiency", lines.next())));
        details.put("links", List.of(Map.of("label", lines.next(), "url", lines.next(), "capacity", lines.next())));
        String profile = this.json.writeValueAsString(Map.of("details", details,
            "visibilities", Map.of(lines.next(), lines.next())));
        answered(alice.send("PUT", PROFILES + "me", profile));
        answered(alice.send("PUT", PROFILES + "me", new String(input, StandardCharsets.UTF_8)));

        // Generated path segments go on calls without a body: a server refuses an address it does not take
        // (an empty or encoded "/" segment, "..") before reading the request, closing the connection on a client
        // still sending a body, which then never sees the answer.
        answered(bob.send("DELETE", PROFILES + "people/" + lines.encoded() + "/endorsements?skill=x", null));
        String skill = this.json.writeValueAsString(Map.of("skill", lines.next()));
        answered(bob.send("POST", PROFILES + "people/alice/endorsements", skill));
        answered(bob.send("DELETE", PROFILES + "people/alice/endorsements?skill=" + lines.encoded(), null));
        answered(bob.send("DELETE", PROFILES + "people/alice/endorsements/" + lines.encoded(), null));

        Map<String, Object> acknowledgement = new LinkedHashMap<>();
        acknowledgement.put("version", lines.next());
        acknowledgement.put("language", lines.next());
        acknowledgement.put("attested", lines.next());
        acknowledgement.put("answers", List.of(lines.next()));
        acknowledgement.put("signature", lines.next());
        answered(alice.client().get("/gov/rest/policy/guidelines/" + lines.encoded() + "/versions/1"));
        answered(alice.send("POST", "/gov/rest/policy/guidelines/SOCIAL_MEDIA/acknowledgements",
            this.json.writeValueAsString(acknowledgement)));
        answered(alice.send("POST", "/gov/rest/policy/guidelines/SOCIAL_MEDIA/acknowledgements",
            new String(input, StandardCharsets.UTF_8)));

        Map<String, Object> charter = new LinkedHashMap<>();
        charter.put("key", lines.next());
        charter.put("name", Map.of("en", lines.next(), "fr", lines.next()));
        charter.put("purpose", Map.of("en", lines.next(), "fr", lines.next()));
        charter.put("leadAgency", lines.next());
        charter.put("agencies", List.of(lines.next(), "HEALTH"));
        charter.put("stewards", List.of(lines.next(), "alice"));
        charter.put("label", lines.next());
        charter.put("policy", lines.next());
        charter.put("reviewIntervalDays", lines.next());
        charter.put("endDate", lines.next());
        answered(alice.send("POST", CROSSAGENCY + "spaces", this.json.writeValueAsString(charter)));
        answered(alice.send("POST", CROSSAGENCY + "spaces", new String(input, StandardCharsets.UTF_8)));
        answered(alice.send("POST", CROSSAGENCY + "spaces/" + lines.encoded() + "/agencies/HEALTH/approve", null));
        answered(alice.send("POST", CROSSAGENCY + "spaces/DATA/agencies/HEALTH/decline",
            this.json.writeValueAsString(Map.of("reason", lines.next()))));
        answered(alice.send("POST", CROSSAGENCY + "spaces/" + lines.encoded() + "/join", null));
        answered(alice.send("POST", CROSSAGENCY + "spaces/DATA/requests",
            this.json.writeValueAsString(Map.of("message", lines.next()))));
        answered(alice.send("POST", CROSSAGENCY + "spaces/DATA/members/" + lines.encoded() + "/remove", null));
    }

    /** While fuzzing, Jazzer takes any network connection for a forged request (SSRF): those to the sandbox are not. */
    private static SilentCloseable sandboxConnections()
    {
        return BugDetectors.allowNetworkConnections((host, port) -> host.equals(sandbox.uri().getHost())
            && port == sandbox.uri().getPort());
    }

    private static void answered(HttpResponse<String> response)
    {
        assertTrue(response.statusCode() < 500, () -> response.request().method() + ' ' + response.request().uri()
            + " answered " + response.statusCode() + ": " + response.body());
    }

    /**
     * A signed-in session and its CSRF token: a password checked once, rather than on each Basic call (checking one is
     * slow by design).
     */
    private record Session(SandboxClient client, String token)
    {
        static Session of(String user) throws Exception
        {
            SandboxClient client = new SandboxClient(sandbox.uri());
            client.signIn(user, "demo");
            return new Session(client, client.token("/"));
        }

        Map<String, String> headers(String contentType)
        {
            return Map.of("Content-Type", contentType, GovRequestFilter.TOKEN_HEADER, this.token);
        }

        HttpResponse<String> send(String method, String path, String body) throws Exception
        {
            return this.client.send(method, path, body, headers("application/json"));
        }
    }

    /** The lines of an input, read in turn; empty ones once it has no more. */
    private static final class Lines
    {
        private final List<String> values = new ArrayList<>();

        private int next;

        Lines(byte[] input)
        {
            for (String line : new String(input, StandardCharsets.UTF_8).split("\n", MAX_LINES)) {
                this.values.add(line);
            }
        }

        String next()
        {
            return this.next < this.values.size() ? this.values.get(this.next++) : "";
        }

        /**
         * A value for an address, URL-encoded, of at most {@value #MAX_ADDRESS_VALUE} characters: the server refuses a
         * longer address (414) before reading the request.
         */
        String encoded()
        {
            String value = next();
            return URLEncoder.encode(value.length() > MAX_ADDRESS_VALUE ? value.substring(0, MAX_ADDRESS_VALUE) : value,
                StandardCharsets.UTF_8);
        }
    }
}
