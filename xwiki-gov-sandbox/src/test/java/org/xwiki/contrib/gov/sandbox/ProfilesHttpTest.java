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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The profiles module over HTTP in the sandbox: its JSON API with a session or HTTP Basic, visibility, CSRF, the
 * vCard and CSV downloads, and the pages with markup in every field. The demo data gives every demo user a profile;
 * bob keeps his phone private.
 *
 * @version $Id$
 */
class ProfilesHttpTest extends AbstractSandboxHttpTest
{
    private static final String API = "/gov/rest/profiles/";

    private static final String JSON = "application/json";

    private static final String CONTENT_TYPE = "Content-Type";

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode getJson(String user, String path) throws Exception
    {
        HttpResponse<String> response = client().send("GET", path, null, basic(user, "demo"));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return this.json.readTree(response.body());
    }

    @Test
    void aPrivateFieldIsShownToThePersonsHrOnly() throws Exception
    {
        assertTrue(getJson("alice", API + "people/bob").path("details").path("phone").isNull(),
            "alice of HEALTH does not see bob's private phone");
        assertTrue(getJson("gov", API + "people/bob").path("details").path("phone").isNull(),
            "nor does a government administrator");
        assertEquals("+1 613 555 0001", getJson("raj", API + "people/bob").path("details").path("phone").asText(),
            "REVENUE's HR does");
        assertEquals("+1 613 555 0001", getJson("bob", API + "me").path("details").path("phone").asText());

        HttpResponse<String> card = client().send("GET", API + "people/bob/vcard", null,
            basic("alice", "demo"));
        assertEquals(200, card.statusCode());
        assertTrue(card.headers().firstValue(CONTENT_TYPE).orElseThrow().startsWith("text/vcard"));
        assertEquals("attachment; filename=\"bob.vcf\"", card.headers().firstValue("Content-Disposition")
            .orElseThrow());
        assertTrue(card.body().contains("\r\nFN:Bob Tremblay\r\n"), card.body());
        assertTrue(card.body().contains("\r\nORG:Revenue Agency;Audit\r\n"), card.body());
        assertFalse(card.body().contains("TEL"), "the card holds only what alice may see");
    }

    @Test
    void aPersonUpdatesTheirProfileWithTheSessionsTokenAndIsFoundAtOnce() throws Exception
    {
        SandboxClient samuel = signedIn("samuel.nguyen");
        String body = "{\"details\": {\"skills\": [\"Quantum sensing\", \"python\"], \"location\": \"Gatineau\"}, "
            + "\"visibilities\": {\"LOCATION\": \"AGENCY\"}}";
        assertEquals(403, samuel.send("PUT", API + "me", body, Map.of(CONTENT_TYPE, JSON)).statusCode(),
            "a session call without the token is refused");

        HttpResponse<String> saved = samuel.send("PUT", API + "me", body, Map.of(CONTENT_TYPE, JSON, "X-CSRF-Token",
            samuel.token("/profiles/edit")));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(List.of("quantum sensing", "python"), this.json.convertValue(
            this.json.readTree(saved.body()).path("details").path("skills"), List.class));

        JsonNode found = getJson("bob", API + "search?q=quantum+sensing");
        assertEquals(1, found.path("total").asInt());
        assertEquals("samuel.nguyen", found.path("hits").get(0).path("person").path("userId").asText());
        assertEquals(List.of("SKILL"), this.json.convertValue(found.path("hits").get(0).path("matchedFields"),
            List.class));
        assertEquals(0, getJson("bob", API + "search?q=gatineau").path("total").asInt(),
            "an agency-only location is not found from another agency");
        assertEquals("quantum sensing", getJson("bob", API + "suggest/skills?prefix=quan").get(0).path("value")
            .asText());
    }

    @Test
    void theSearchHasFacetsFiltersAndAutocomplete() throws Exception
    {
        JsonNode result = getJson("alice", API + "search?q=data+analysis&agency=REVENUE&speaks=en&pageSize=5");
        assertTrue(result.path("total").asInt() > 0);
        for (JsonNode hit : result.path("hits")) {
            assertEquals("REVENUE", hit.path("person").path("agencyKey").asText());
        }
        assertTrue(result.path("hits").size() <= 5);
        assertTrue(result.path("facets").path("AGENCY").isArray());
        JsonNode people = getJson("alice", API + "suggest/people?prefix=ali&limit=3");
        assertEquals("alice", people.get(0).path("userId").asText());

        SandboxClient client = client();
        assertEquals(401, client.send("GET", API + "search", null, Map.of()).statusCode());
        HttpResponse<String> badPage = client.send("GET", API + "search?page=0", null, basic("alice", "demo"));
        assertEquals(400, badPage.statusCode());
        assertEquals("gov.profiles.search.page.invalid", this.json.readTree(badPage.body()).path("error").asText());
        HttpResponse<String> nobody = client.send("GET", API + "people/nobody", null, basic("alice", "demo"));
        assertEquals(404, nobody.statusCode());
        assertEquals("gov.profiles.error.unknownPerson", this.json.readTree(nobody.body()).path("error").asText());
        assertEquals(404, client.send("GET", API + "nothing", null, basic("alice", "demo")).statusCode());
        HttpResponse<String> badJson = client.send("PUT", API + "me", "{oops", basic("alice", "demo"));
        assertEquals("gov.core.error.rest.badJson", this.json.readTree(badJson.body()).path("error").asText());
    }

    @Test
    void aLongSearchIsAnsweredOrRefusedWithItsReasonNeverWithAServerError() throws Exception
    {
        String twenty = IntStream.range(0, 20).mapToObj(n -> "analysis" + (char) ('a' + n))
            .collect(Collectors.joining("+"));
        String thirtyFive = IntStream.range(0, 35).mapToObj(n -> "d" + (char) ('a' + n % 26)
            + (char) ('a' + n / 26) + "x").collect(Collectors.joining("+"));
        SandboxClient bob = signedIn("bob");
        assertEquals(200, bob.get(API + "search?q=" + twenty).statusCode(), "20 words, typos expanded");
        for (String path : new String[] {API + "search?q=", API + "search.csv?q=", "/profiles/directory?q="}) {
            HttpResponse<String> refused = bob.get(path + thirtyFive);
            assertEquals(path.startsWith(API) ? 400 : 200, refused.statusCode(), path + ": " + refused.body());
            assertTrue(refused.body().contains("too many different words: use at most 20"), refused.body());
        }
        for (String suggest : new String[] {"suggest/people?prefix=", "suggest/skills?prefix="}) {
            assertEquals(200, bob.get(API + suggest + thirtyFive).statusCode(), suggest);
        }
    }

    @Test
    void anEndorsementOfAnySkillCanBeWithdrawnThroughTheApiAndThePage() throws Exception
    {
        List<String> skills = List.of("ci/cd", "100%", "a\\b", "..", "x/../y", "tcp/ip;v6");
        HttpResponse<String> saved = client().send("PUT", API + "me", this.json.writeValueAsString(
            Map.of("details", Map.of("skills", skills))), basic("tariq.singh", "demo"));
        assertEquals(200, saved.statusCode(), saved.body());
        String person = API + "people/tariq.singh/endorsements";
        for (String skill : skills) {
            assertEquals(200, client().send("POST", person, this.json.writeValueAsString(Map.of("skill", skill)),
                basic("bob", "demo")).statusCode(), skill);
        }
        assertEquals(List.of(1, 1, 1, 1, 1, 1), endorsements("tariq.singh", skills));

        for (String skill : skills) {
            HttpResponse<String> withdrawn = client().send("DELETE", person + "?skill="
                + URLEncoder.encode(skill, StandardCharsets.UTF_8), null, basic("bob", "demo"));
            assertEquals(200, withdrawn.statusCode(), skill + ": " + withdrawn.body());
        }
        assertEquals(List.of(0, 0, 0, 0, 0, 0), endorsements("tariq.singh", skills), "each withdrawn");

        SandboxClient bob = signedIn("bob");
        String page = "/profiles/profile?user=tariq.singh";
        for (String action : new String[] {"endorse", "withdraw"}) {
            for (String skill : skills) {
                assertEquals(200, bob.submit(page, Map.of("action", action, "skill", skill)).statusCode(), skill);
            }
            assertEquals(Collections.nCopies(skills.size(), "endorse".equals(action) ? 1 : 0),
                endorsements("tariq.singh", skills), "the page's buttons: " + action);
        }
    }

    private List<Integer> endorsements(String userId, List<String> skills) throws Exception
    {
        Map<String, Integer> counts = new HashMap<>();
        getJson("alice", API + "people/" + userId).path("skills").forEach(skill -> counts.put(
            skill.path("skill").asText(), skill.path("endorsements").asInt()));
        return skills.stream().map(skill -> counts.getOrDefault(skill, -1)).toList();
    }

    @Test
    void theCsvExportHoldsTheSearchAndMakesFormulasInert() throws Exception
    {
        SandboxClient priya = signedIn("priya.bouchard");
        priya.submit("/profiles/edit", Map.of("action", "save", "skills", "=HYPERLINK(\"x\"), forecasting"));

        HttpResponse<byte[]> csv = signedIn("bob").download(API + "search.csv?q=forecasting");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        String[] lines = text.strip().split("\r\n");
        assertEquals("\uFEFFuser_id,display_name,position_title,agency,unit,matched_fields", lines[0]);
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].startsWith("priya.bouchard,"), text);
    }

    @Test
    void markupInEveryFieldIsShownAsTextOnEveryPage() throws Exception
    {
        String markup = "<script>alert(1)</script>{{/html}}{{groovy}}println 1{{/groovy}}";
        SandboxClient kenji = signedIn("kenji.roy");
        Map<String, String> fields = new HashMap<>(Map.of("action", "save", "preferredName", markup, "pronouns",
            "{{x}}", "location", markup, "bio", markup + "\n" + markup, "skills", markup, "open", "true",
            "availabilityNote", markup, "linkLabel-0", markup, "linkUrl-0", "https://example.org/"));
        fields.put("language-0", "fr");
        HttpResponse<String> saved = kenji.submit("/profiles/edit", fields);
        assertTrue(saved.body().contains("Your profile is saved."), saved.body());

        String query = URLEncoder.encode("script alert", StandardCharsets.UTF_8);
        for (SandboxClient reader : List.of(kenji, signedIn("hana"), signedIn("bob"))) {
            for (String page : List.of("/profiles/profile?user=kenji.roy", "/profiles/edit",
                "/profiles/directory?q=" + query, "/profiles/directory?skill=%7B%7B&q=%7B%7Bx",
                "/profiles/profile?user=%7B%7Bx", "/profiles/directory?page=x")) {
                String body = reader.get(page).body();
                assertFalse(body.contains("<script>alert"), page);
                assertFalse(body.contains("{{"), page + " lets a raw {{ from data through");
                assertFalse(UNRESOLVED.matcher(body).find(), page + " shows an unresolved Velocity reference");
            }
        }
        String profile = kenji.get("/profiles/profile?user=kenji.roy").body();
        assertTrue(profile.contains("&#60;script&#62;alert(1)&#60;/script&#62;&#123;&#123;/html}}"), profile);
    }

    @Test
    void theEditFormNeedsTheTokenAndKeepsWhatWasTypedWhenRefused() throws Exception
    {
        SandboxClient zoe = signedIn("zoe.bouchard");
        String forged = zoe.post("/profiles/edit", Map.of("action", "save", "skills", "lobbying")).body();
        assertTrue(forged.contains("This form has expired"), forged);

        String refused = zoe.submit("/profiles/edit", Map.of("action", "save", "skills", "negotiation",
            "email", "not-an-address")).body();
        assertTrue(refused.contains("is not an e-mail address"), refused);
        assertTrue(refused.contains(">negotiation</textarea>"), "what was typed is kept");
        assertFalse(getJson("zoe.bouchard", API + "me").path("details").path("skills").toString()
            .contains("negotiation"), "nothing half-written");
    }

    @Test
    void hrEditsTheHrFieldsOfTheirAgencyOnly() throws Exception
    {
        SandboxClient raj = signedIn("raj");
        String page = raj.get("/profiles/profile?user=bob").body();
        assertTrue(page.contains("name=\"positionTitle\""), "REVENUE's HR sees the HR form for bob");
        String saved = raj.submit("/profiles/profile?user=bob", Map.of("action", "updateHr", "displayName",
            "Bob Tremblay", "positionTitle", "Lead auditor", "classification", "AU-04", "managerId", "")).body();
        assertTrue(saved.contains("The HR fields of bob are saved."), saved);
        assertEquals("Lead auditor", getJson("alice", API + "people/bob").path("hr").path("positionTitle").asText());

        assertFalse(signedIn("hana").get("/profiles/profile?user=bob").body().contains("name=\"positionTitle\""),
            "HEALTH's HR does not");
        String refused = signedIn("hana").submit("/profiles/profile?user=bob", Map.of("action", "updateHr",
            "displayName", "X")).body();
        assertTrue(refused.contains("You are not allowed to do this"), refused);
    }

    @Test
    void hrRecordsAClearanceThatOnlyThePersonAndHrSee() throws Exception
    {
        SandboxClient raj = signedIn("raj");
        assertTrue(raj.get("/profiles/profile?user=bob").body().contains("name=\"clearance\""),
            "REVENUE's HR sees the clearance form for bob");
        String saved = raj.submit("/profiles/profile?user=bob", Map.of("action", "setClearance", "clearance",
            "PROTECTED_A")).body();
        assertTrue(saved.contains("Clearance of bob saved."), saved);
        assertTrue(signedIn("bob", "fr").get("/profiles/profile?user=bob").body().contains("Prot\u00e9g\u00e9 A"),
            "bob sees his own, by its name in his language");

        assertFalse(signedIn("alice").get("/profiles/profile?user=bob").body().contains("Protected A"),
            "a colleague does not see it");
        assertFalse(signedIn("ada").get("/profiles/profile?user=bob").body().contains("name=\"clearance\""),
            "nor does another agency's administrator");
        String refused = signedIn("hana").submit("/profiles/profile?user=bob", Map.of("action", "setClearance",
            "clearance", "PROTECTED_B")).body();
        assertTrue(refused.contains("You are not allowed to do this"), refused);
        String offTheLadder = raj.submit("/profiles/profile?user=bob", Map.of("action", "setClearance", "clearance",
            "<b>TOP</b>")).body();
        assertTrue(offTheLadder.contains("&#34;&#60;b&#62;TOP&#60;/b&#62;&#34; is not a clearance level."),
            offTheLadder);
    }

    @Test
    void agenciesAndUnitsAreShownByTheirNamesInTheReadersLanguage() throws Exception
    {
        String profile = signedIn("bob").get("/profiles/profile?user=alice").body();
        assertTrue(profile.contains("Department of Health &#8212; Public Health"), profile);
        String directory = signedIn("bob").get("/profiles/directory?q=alice").body();
        assertTrue(directory.contains("Department of Health ("), "the agency facet names the agency: " + directory);
        assertTrue(directory.contains("<span class=\"gov-hint\">Department of Health &#8212; Public Health"),
            "a result names the person's agency and unit, not their keys: " + directory);
        assertTrue(signedIn("gov", "fr").get("/profiles/profile?user=alice").body()
            .contains("Minist\u00e8re de la Sant\u00e9 &#8212; Sant\u00e9 publique"), "in French for a French reader");
    }
}
