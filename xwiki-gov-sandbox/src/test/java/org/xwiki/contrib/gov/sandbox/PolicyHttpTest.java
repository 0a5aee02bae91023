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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.policy.internal.content.ContentValidator;
import org.xwiki.contrib.gov.sandbox.web.SandboxServer;
import org.xwiki.contrib.gov.store.GovStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy module over HTTP in the sandbox: its JSON API with a session or HTTP Basic, rights, CSRF, downloads,
 * pages and the overdue banner. The demo data publishes HEALTH's SOCIAL_MEDIA guideline to HEALTH's 31 people.
 *
 * @version $Id$
 */
class PolicyHttpTest extends AbstractSandboxHttpTest
{
    private static final String API = "/gov/rest/policy/";

    private static final String ACKNOWLEDGE = API + "guidelines/SOCIAL_MEDIA/acknowledgements";

    private static final String JSON_ACKNOWLEDGEMENT =
        "{\"version\":1,\"language\":\"fr\",\"answers\":[1],\"attested\":true,\"signature\":\"Alice Martin\"}";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEmployeeAcknowledgesThroughTheApiOnceWithTheSessionsToken() throws Exception
    {
        SandboxClient alice = signedIn("alice");
        JsonNode assignments = this.json.readTree(alice.get(API + "assignments").body());
        assertEquals("SOCIAL_MEDIA", assignments.get(0).path("assignment").path("guidelineKey").asText());

        HttpResponse<String> forged = alice.send("POST", ACKNOWLEDGE, JSON_ACKNOWLEDGEMENT,
            Map.of("Content-Type", "application/json"));
        assertEquals(403, forged.statusCode(), "a session call without the token is refused");

        Map<String, String> headers = Map.of("Content-Type", "application/json", "X-CSRF-Token", alice.token("/"));
        HttpResponse<String> first = alice.send("POST", ACKNOWLEDGE, JSON_ACKNOWLEDGEMENT, headers);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode acknowledgement = this.json.readTree(first.body());
        assertEquals("fr", acknowledgement.path("language").asText());
        assertEquals("Alice Martin", acknowledgement.path("signature").asText());
        JsonNode again = this.json.readTree(alice.send("POST", ACKNOWLEDGE, JSON_ACKNOWLEDGEMENT, headers).body());
        assertEquals(acknowledgement.path("id").asLong(), again.path("id").asLong(), "idempotent");

        HttpResponse<String> receipt = alice.get(API + "acknowledgements/" + acknowledgement.path("id") + "/receipt");
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertTrue(receipt.body().contains(acknowledgement.path("textHash").asText()));
        assertTrue(receipt.body().startsWith("REÇU D’ATTESTATION"), "in the language read");
        assertEquals(404, signedIn("hana").get(API + "acknowledgements/" + acknowledgement.path("id") + "/receipt")
            .statusCode(), "not someone else's receipt");
    }

    @Test
    void integratorsUseHttpBasicWithTheSameRights() throws Exception
    {
        SandboxClient client = client();
        HttpResponse<String> hana = client.send("GET", API + "guidelines/SOCIAL_MEDIA/compliance", null,
            basic("hana", "demo"));
        assertEquals(200, hana.statusCode());
        assertEquals(31, this.json.readTree(hana.body()).path("total").path("assigned").asInt());
        assertEquals(401, client.send("GET", API + "guidelines", null, Map.of()).statusCode(),
            "a Basic call leaves no usable session behind");

        assertEquals(404, client.send("GET", API + "guidelines/SOCIAL_MEDIA/compliance", null,
            basic("raj", "demo")).statusCode(), "HR of another agency: as for a guideline that does not exist");
        assertEquals(404, client.send("GET", API + "guidelines/NO_SUCH_GUIDELINE/compliance", null,
            basic("raj", "demo")).statusCode());
        String asReader = client.send("GET", API + "guidelines/SOCIAL_MEDIA/versions/1", null,
            basic("alice", "demo")).body();
        assertTrue(asReader.contains("\"choices\"") && !asReader.contains("\"correct\""),
            "the quiz's right answers never reach who takes it: " + asReader);
        assertTrue(client.send("GET", API + "guidelines/SOCIAL_MEDIA/versions/1", null, basic("hana", "demo")).body()
            .contains("\"correct\":true"), "HR, who writes the quiz, sees them");
        assertEquals("{\"sections\":[],\"changedPercent\":0}", client.send("GET",
            API + "guidelines/SOCIAL_MEDIA/versions/1/changes?language=fr", null, basic("alice", "demo")).body(),
            "the first version changes nothing");
        assertEquals(404, client.send("GET", API + "guidelines/SOCIAL_MEDIA/versions/1/changes", null,
            basic("raj", "demo")).statusCode(), "someone of another agency: as for a guideline that does not exist");
        assertEquals(403, client.send("GET", API + "guidelines/SOCIAL_MEDIA/compliance", null,
            basic("alice", "demo")).statusCode(), "an employee");
        assertEquals(401, client.send("GET", API + "guidelines", null, basic("hana", "wrong")).statusCode());
        assertEquals(401, client.send("GET", API + "guidelines", null, Map.of()).statusCode());

        HttpResponse<String> bob = client.send("POST", ACKNOWLEDGE, JSON_ACKNOWLEDGEMENT, basic("bob", "demo"));
        assertEquals(404, bob.statusCode(), "bob of REVENUE may not read HEALTH's guideline");
        assertEquals("gov.policy.error.unknownGuideline", this.json.readTree(bob.body()).path("error").asText());
        HttpResponse<String> badJson = client.send("POST", ACKNOWLEDGE, "{not json", basic("hana", "demo"));
        assertEquals("gov.core.error.rest.badJson", this.json.readTree(badJson.body()).path("error").asText());
        assertEquals(404, client.send("GET", API + "nothing", null, basic("hana", "demo")).statusCode());
        assertEquals(404, client.send("GET", "/gov/rest/nomodule/x", null, basic("hana", "demo")).statusCode());
        assertEquals(List.of(), this.json.convertValue(this.json.readTree(
            client.send("GET", API + "guidelines", null, basic("bob", "demo")).body()), List.class),
            "REVENUE's bob cannot read HEALTH's guideline");
    }

    @Test
    void hrDownloadsTheExports() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        HttpResponse<byte[]> csv = hana.download(API + "guidelines/SOCIAL_MEDIA/export.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"SOCIAL_MEDIA.csv\"",
            csv.headers().firstValue("Content-Disposition").orElseThrow());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(32, text.strip().split("\r\n").length, "a header and 31 people");
        HttpResponse<byte[]> xlsx = hana.download(API + "guidelines/SOCIAL_MEDIA/export.xlsx");
        assertTrue(xlsx.headers().firstValue("Content-Type").orElseThrow().startsWith(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertEquals('P', (char) xlsx.body()[0], "a zip file");
        assertEquals(404, signedIn("raj").download(API + "guidelines/SOCIAL_MEDIA/export.csv").statusCode(),
            "HR of another agency, who may not read the guideline: as for one that does not exist");
    }

    @Test
    void aPersonWithAnOverdueAcknowledgementSeesTheBannerOnEveryPage() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        assertFalse(hana.get("/").body().contains("gov-banner"));
        this.sandbox.components().get(GovStore.class).inTransaction((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_policy_assignment "
                + "SET due_day = due_day - 60 WHERE user_id = 'hana'")) {
                return statement.executeUpdate();
            }
        });

        for (String page : List.of("/", "/core/admin", "/policy/mine")) {
            String body = hana.get(page).body();
            assertTrue(body.contains("<div class=\"gov-banner\" role=\"alert\">"), page);
            assertTrue(body.contains("You have 1 overdue acknowledgement(s)."), page);
        }
    }

    @Test
    void markupInEveryFieldIsShownAsTextOnEveryPage() throws Exception
    {
        String markup = "<script>alert(1)</script>{{/html}}{{groovy}}println 1{{/groovy}}";
        SandboxClient hana = signedIn("hana");
        Map<String, String> fields = new HashMap<>(Map.of("action", "create", "key", "MARKUP", "agency",
            "HEALTH", "titleEn", markup, "titleFr", markup, "bodyEn", markup + "\n\n" + markup, "bodyFr", markup,
            "attestationEn", markup, "attestationFr", markup));
        fields.putAll(Map.of("questionCount", "1", "q0-promptEn", markup, "q0-promptFr", markup, "q0-choiceCount",
            "2", "q0-c0-labelEn", markup, "q0-c0-labelFr", markup, "q0-c0-right", "true", "q0-c1-labelEn", "x",
            "q0-c1-labelFr", "y"));
        fields.put("passMark", "1");
        assertTrue(hana.submit("/policy/manage", fields).body().contains("Guideline MARKUP created."));
        hana.submit("/policy/manage?guideline=MARKUP", Map.of("action", "saveAudience", "guideline", "MARKUP",
            "agencies", "HEALTH", "graceDays", "14"));
        assertTrue(hana.submit("/policy/manage?guideline=MARKUP", Map.of("action", "publish", "guideline", "MARKUP",
            "kind", "MAJOR", "label", "v<1>{{", "summaryEn", markup, "summaryFr", markup, "dueDate",
            LocalDate.now().plusDays(9).toString(), "languagesEquivalent", "true")).body()
            .contains("published as version 1"));

        for (String page : List.of("/policy/manage", "/policy/manage?guideline=MARKUP", "/policy/read?guideline=MARKUP",
            "/policy/read?guideline=MARKUP&read=fr", "/policy/report?guideline=MARKUP",
            "/policy/report?guideline=MARKUP&agency=HEALTH", "/policy/mine", "/policy/read?guideline=%7B%7Bx")) {
            String body = hana.get(page).body();
            assertFalse(body.contains("<script>alert"), page);
            assertFalse(body.contains("{{"), page + " lets a raw {{ from data through");
            assertFalse(UNRESOLVED.matcher(body).find(), page + " shows an unresolved Velocity reference");
        }
        String read = hana.get("/policy/read?guideline=MARKUP").body();
        assertTrue(read.contains("&#60;script&#62;alert(1)&#60;/script&#62;&#123;&#123;/html}}"), read);
        assertTrue(read.contains("<legend lang=\"en\">&#60;script&#62;"), "the question is shown, as text");
    }

    @Test
    void theReportWritesNumbersAndDatesAsItsReaderDoes() throws Exception
    {
        String english = signedIn("hana").get("/policy/report?guideline=SOCIAL_MEDIA").body();
        String french = signedIn("hana", "fr").get("/policy/report?guideline=SOCIAL_MEDIA").body();

        assertTrue(Pattern.compile("<td>\\d+\\.\\d%</td>").matcher(english).find(), english);
        assertTrue(Pattern.compile("<td>\\d+,\\d\u00a0%</td>").matcher(french).find(), french);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(french.replaceAll("<[^>]*>", "")).find(),
            "no ISO date shown: " + french);
    }

    @Test
    void theQuizIsWrittenWithAFormWhoseButtonsAddMoveAndRemoveQuestions() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        String page = "/policy/manage?guideline=SOCIAL_MEDIA";
        Map<String, String> form = new HashMap<>(Map.of("action", "saveDraft", "guideline", "SOCIAL_MEDIA",
            "titleEn", "Social media policy", "titleFr", "Politique sur les m\u00e9dias sociaux", "bodyEn", "= Rules =",
            "bodyFr", "= R\u00e8gles =", "attestationEn", "I will comply.", "attestationFr", "Je m\u2019y conformerai.",
            "passMark", "1"));
        form.putAll(Map.of("questionCount", "1", "q0-promptEn", "Secrets?", "q0-promptFr", "Secrets ?",
            "q0-choiceCount", "2", "q0-c0-labelEn", "Yes", "q0-c0-labelFr", "Oui", "q0-c1-labelEn", "No",
            "q0-c1-labelFr", "Non", "q0-c1-right", "true"));
        form.put("quizEdit", "addQuestion");

        String added = hana.submit(page, form).body();
        assertTrue(added.contains("The quiz changed on this page only: save the draft to keep it."), added);
        assertTrue(added.contains("name=\"q1-promptEn\"") && added.contains("value=\"Secrets?\""), added);
        assertFalse(hana.get(page).body().contains("name=\"q1-promptEn\""), "nothing saved yet");

        form.remove("quizEdit");
        form.putAll(Map.of("questionCount", "2", "q1-promptEn", "Whom to tell?", "q1-promptFr", "\u00c0 qui le dire ?",
            "q1-choiceCount", "2", "q1-c0-labelEn", "Security", "q1-c0-labelFr", "S\u00e9curit\u00e9",
            "q1-c0-right", "true", "q1-c1-labelEn", "Nobody", "q1-c1-labelFr", "Personne"));
        assertTrue(hana.submit(page, form).body().contains("Draft of SOCIAL_MEDIA saved."));
        String saved = hana.get(page).body();
        assertTrue(saved.indexOf("value=\"Secrets?\"") < saved.indexOf("value=\"Whom to tell?\""), saved);

        form.put("quizEdit", "up:1");
        String moved = hana.submit(page, form).body();
        assertTrue(moved.indexOf("value=\"Whom to tell?\"") < moved.indexOf("value=\"Secrets?\""), moved);
        form.put("quizEdit", "removeQuestion:0");
        String removed = hana.submit(page, form).body();
        assertFalse(removed.contains("value=\"Secrets?\""), removed);

        form.remove("quizEdit");
        form.put("q1-c1-right", "");
        form.put("q0-c1-right", "");
        form.put("q0-c0-right", "");
        String refused = hana.submit(page, form).body();
        assertTrue(refused.contains("Question 1 has no right answer: tick one."), refused);
    }

    @Test
    void theLongestGuidelineIsSavedAndALargerFormGetsATranslatedAnswer() throws Exception
    {
        // Every text at its longest, each question and answer two fields (English, French) with their names.
        long longestCharacters = 2L * ContentValidator.MAX_TITLE + 2L * ContentValidator.MAX_BODY
            + 2L * ContentValidator.MAX_SHORT_TEXT + (long) ContentValidator.MAX_QUESTIONS
            * (ContentValidator.MAX_CHOICES + 1) * (2 * ContentValidator.MAX_SHORT_TEXT + 64);
        assertTrue(9 * longestCharacters + 4_096 < SandboxServer.MAX_FORM_BYTES, "the form limit fits the checks");
        SandboxClient hana = signedIn("hana");
        Map<String, String> fields = new HashMap<>(Map.of("action", "create", "key", "LONG", "agency", "HEALTH",
            "titleEn", "Code of conduct", "titleFr", "Code de conduite", "bodyEn", "Act with integrity. ".repeat(4_000),
            "bodyFr", "Agissez avec intégrité ’. ".repeat(3_308), "attestationEn", "I agree.",
            "attestationFr", "J’accepte."));
        fields.put("passMark", "0");
        HttpResponse<String> created = hana.submit("/policy/manage", fields);
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("Guideline LONG created."), "80,000 and 86,000 characters");
        assertTrue(hana.get("/policy/manage").body().matches("(?s).*<td>LONG</td>\\s*<td>Code of conduct</td>\\s*"
            + "<td>Department of Health</td>\\s*<td>Not published yet</td>\\s*<td>Draft</td>.*"),
            "never published: a draft, not in force, of an agency named, not keyed");
        String owners = hana.get("/policy/manage").body().replaceFirst("(?s).*<select id=\"create-agency\"", "")
            .replaceFirst("(?s)</select>.*", "");
        assertEquals(List.of("HEALTH"), options(owners), "HEALTH's HR officer may own HEALTH's guidelines only");
        String all = signedIn("gov").get("/policy/manage").body().replaceFirst("(?s).*<select id=\"create-agency\"",
            "").replaceFirst("(?s)</select>.*", "");
        assertEquals(List.of("", "DIGITAL", "HEALTH", "REVENUE"), options(all),
            "a government administrator: government-wide first, then every agency");

        String longest = "\u2019".repeat(ContentValidator.MAX_BODY);
        fields.putAll(Map.of("action", "saveDraft", "guideline", "LONG", "bodyEn", longest, "bodyFr", longest));
        assertTrue(hana.submit("/policy/manage?guideline=LONG", fields).body().contains("Draft of LONG saved."),
            "the longest texts the checks accept, each character 9 bytes in the form");

        Map<String, String> tooLarge = Map.of("form_token", hana.token("/policy/manage"), "action", "saveDraft",
            "guideline", "LONG", "bodyEn", "x".repeat(SandboxServer.MAX_FORM_BYTES));
        HttpResponse<String> refused = hana.post("/policy/manage?guideline=LONG", tooLarge);
        assertEquals(413, refused.statusCode());
        assertTrue(refused.body().contains("The form is larger than the server accepts (16 MB). Nothing was "
            + "changed."), refused.body());
        assertTrue(refused.body().contains("<html lang=\"en\">"), refused.body());
        assertTrue(signedIn("hana", "fr").post("/policy/manage?guideline=LONG", tooLarge).body().contains(
            "Le formulaire dépasse la taille que le serveur accepte (16 Mo)."), "in the reader's language");
        HttpResponse<String> json = hana.send("POST", "/gov/rest/policy/assignments", "x=" + "y".repeat(
            SandboxServer.MAX_FORM_BYTES), Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertEquals("gov.sandbox.error.http.formTooLarge",
            new ObjectMapper().readTree(json.body()).path("error").asText());
        assertTrue(hana.get("/policy/manage?guideline=LONG").body().contains(longest.substring(0, 100)),
            "the draft saved before is as it was");
    }

    @Test
    void theEmployeePagesShowTheGuideline() throws Exception
    {
        SandboxClient amelie = signedIn("amelie.gagnon");
        String mine = amelie.get("/policy/mine").body();
        assertTrue(mine.contains("Social media policy"), mine);
        String read = amelie.get("/policy/read?guideline=SOCIAL_MEDIA&read=fr").body();
        assertTrue(read.contains("Politique sur les médias sociaux"));
        assertTrue(read.contains("name=\"attested\""));
        HttpResponse<String> acknowledged = amelie.submit("/policy/read?guideline=SOCIAL_MEDIA&read=fr",
            Map.of("action", "acknowledge", "guideline", "SOCIAL_MEDIA", "version", "1", "read", "fr", "questions",
                "1", "answer-0", "0", "attested", "true"));
        assertTrue(acknowledged.body().contains("You answered 0 questions right"), "a wrong answer is refused");
        acknowledged = amelie.submit("/policy/read?guideline=SOCIAL_MEDIA&read=fr", Map.of("action", "acknowledge",
            "guideline", "SOCIAL_MEDIA", "version", "1", "read", "fr", "questions", "1", "answer-0", "1",
            "attested", "true"));
        assertTrue(acknowledged.body().contains("Your acknowledgement of SOCIAL_MEDIA is recorded."));
        String asOutsider = signedIn("bob").get("/policy/read?guideline=SOCIAL_MEDIA").body();
        assertTrue(asOutsider.contains("There is no guideline &#34;SOCIAL_MEDIA&#34;."),
            "bob of REVENUE may not read HEALTH's guideline: told it does not exist: " + asOutsider);
    }

    private static List<String> options(String select)
    {
        return Pattern.compile("<option value=\"([^\"]*)\"").matcher(select).results().map(match -> match.group(1))
            .toList();
    }
}
