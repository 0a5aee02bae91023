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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HR import over HTTP in the sandbox: the page (a file sent as a browser sends it, the dry run, the start, the
 * progress page the background task completes) and the JSON calls, with their CSRF and rights checks.
 *
 * @version $Id$
 */
class ProfilesImportHttpTest extends AbstractSandboxHttpTest
{
    private static final String PAGE = "/profiles/import";

    private static final String API = "/gov/rest/profiles/imports";

    private static final String FILE = "user_id,display_name,unit,position_title\n"
        + "alice,Alice Martin,HEALTH-PH,Chief cartographer\n"
        + "nobody.here,Nobody,,\n"
        + "bob,Bob,,\n"
        + "<script>x</script>,Markup,,\n";

    private final ObjectMapper json = new ObjectMapper();

    private static Map<String, String> form(String token, String action)
    {
        return Map.of("form_token", token, "agency", "HEALTH", "action", action);
    }

    @Test
    void hrChecksThenImportsAFileFromThePageAndFollowsItToTheEnd() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        byte[] file = FILE.getBytes(StandardCharsets.UTF_8);
        assertEquals(403, hana.upload(PAGE, Map.of("agency", "HEALTH", "action", "start"), "file", "people.csv",
            file).statusCode(), "no token, no import");

        HttpResponse<String> preview = hana.upload(PAGE, form(hana.token(PAGE), "preview"), "file", "people.csv",
            file);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Dry run: 4 rows read, nothing written"), preview.body());
        assertTrue(preview.body().matches("(?s).*There is no user (&quot;|&#34;)nobody\\.here.*"), preview.body());
        assertTrue(preview.body().contains("bob belongs to REVENUE"), preview.body());
        assertTrue(preview.body().matches("(?s).*(&lt;|&#60;)script(&gt;|&#62;)x.*"), "markup shown as text");
        assertFalse(preview.body().contains("<script>x"));
        assertTrue(preview.body().matches("(?s).*What will change.*<td>Position title</td><td>Public health analyst</td>"
            + "<td>Chief cartographer</td>.*"), "each change, from what to what: " + preview.body());
        assertFalse(preview.body().contains("Classification</td>"), "the file has no classification column");

        HttpResponse<String> started = hana.upload(PAGE, form(hana.token(PAGE), "start"), "file", "people.csv",
            file);
        assertEquals(302, started.statusCode(), started.body());
        String progress = started.headers().firstValue("Location").orElseThrow();
        assertTrue(progress.matches(".*/profiles/import\\?import=\\d+"), progress);
        String importId = progress.substring(progress.lastIndexOf('=') + 1);

        String page = waitUntilComplete(hana, progress);
        assertTrue(page.contains("Refused rows and why"), page);

        JsonNode status = getJson("hana", API + '/' + importId);
        assertEquals(1, status.path("updated").asInt(), status.toString());
        assertEquals(3, status.path("rejected").asInt());
        JsonNode problems = getJson("hana", API + '/' + importId + "/problems?limit=2");
        assertEquals(2, problems.size(), "a page of refused rows");
        assertEquals(3, problems.get(0).path("line").asInt());
        assertEquals("There is no user \"nobody.here\" in this wiki.", problems.get(0).path("message").asText());
        JsonNode alice = getJson("bob", "/gov/rest/profiles/people/alice").path("hr");
        assertEquals("Chief cartographer", alice.path("positionTitle").asText());
        assertEquals("EC-05", alice.path("classification").asText(), "a column absent from the file is kept");
        assertEquals("alice", getJson("bob", "/gov/rest/profiles/search?q=cartographer").path("hits").get(0)
            .path("person").path("userId").asText(), "found by the new title");

        for (String outsider : new String[] {"raj", "alice"}) {
            assertEquals(403, client().send("GET", API + '/' + importId, null, basic(outsider, "demo"))
                .statusCode(), outsider);
        }
        String rajsPage = signedIn("raj").get(PAGE).body();
        assertTrue(rajsPage.contains("value=\"REVENUE\"") && !rajsPage.contains("value=\"HEALTH\""),
            "REVENUE's HR may import REVENUE only");
        assertTrue(signedIn("alice").get(PAGE).body().contains("Only HR officers and administrators"),
            "an employee may not import: the page says so");
    }

    @Test
    void theJsonCallsPreviewAndStartAFileAndRefuseUnreadableOnes() throws Exception
    {
        Map<String, String> csv = new HashMap<>(basic("hana", "demo"));
        csv.put("Content-Type", "text/csv");
        HttpResponse<String> dryRun = client().sendBytes("POST", API + "?agency=HEALTH&dryRun=true",
            FILE.getBytes(StandardCharsets.UTF_8), csv);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        JsonNode preview = this.json.readTree(dryRun.body());
        assertEquals(4, preview.path("rows").asInt());
        assertEquals(3, preview.path("rejected").size());

        HttpResponse<String> latin1 = client().sendBytes("POST", API + "?agency=HEALTH",
            "user_id,display_name\nzoe,Zo\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), csv);
        assertEquals(400, latin1.statusCode());
        assertEquals("gov.profiles.import.error.encoding", this.json.readTree(latin1.body()).path("error").asText());

        HttpResponse<String> accepted = client().sendBytes("POST", API + "?agency=HEALTH",
            "user_id,display_name\nhana,Hana Sato\n".getBytes(StandardCharsets.UTF_8), csv);
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals("hana", this.json.readTree(accepted.body()).path("startedBy").asText());

        SandboxClient session = signedIn("hana");
        assertEquals(403, session.sendBytes("POST", API + "?agency=HEALTH", FILE.getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "text/csv")).statusCode(), "a session call without the token is refused");
        assertEquals(404, client().send("GET", API + "/12345", null, basic("hana", "demo")).statusCode());
    }

    private JsonNode getJson(String user, String path) throws Exception
    {
        HttpResponse<String> response = client().send("GET", path, null, basic(user, "demo"));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return this.json.readTree(response.body());
    }

    private static String waitUntilComplete(SandboxClient client, String progress) throws Exception
    {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            String page = client.get(progress).body();
            if (page.contains("Complete.")) {
                assertFalse(page.contains("http-equiv=\"refresh\""), "a complete import stops refreshing");
                return page;
            }
            assertTrue(page.contains("http-equiv=\"refresh\""), "the progress page refreshes itself: " + page);
            assertTrue(Instant.now().isBefore(giveUp), "the background task completes the import: " + page);
            Thread.sleep(200);
        }
    }
}
