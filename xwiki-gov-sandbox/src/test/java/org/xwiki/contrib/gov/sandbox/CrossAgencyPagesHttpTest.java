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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-agency pages over HTTP: proposing, each agency's decision, joining, the directory and "my spaces", markup
 * shown as text, the CSRF token required.
 *
 * @version $Id$
 */
class CrossAgencyPagesHttpTest extends AbstractSandboxHttpTest
{
    private static final String MARKUP = "<script>alert(1)</script>{{/html}}{{groovy}}println 1{{/groovy}}";

    private static final String SPACE = "/crossagency/space?key=PAGES_TASK_FORCE";

    @Test
    void aSpaceIsProposedDecidedJoinedAndListedThroughThePages() throws Exception
    {
        SandboxClient alice = signedIn("alice");
        HttpResponse<String> proposed = alice.submit("/crossagency/propose", List.of(Map.entry("key",
            "PAGES_TASK_FORCE"), Map.entry("nameEn", "Pages task force " + MARKUP), Map.entry("nameFr",
            "Groupe des pages"), Map.entry("purposeEn", "Try the pages. " + MARKUP), Map.entry("purposeFr",
            "Essayer les pages."), Map.entry("agencies", "HEALTH"), Map.entry("agencies", "DIGITAL"),
            Map.entry("leadAgency", "HEALTH"), Map.entry("stewards", "alice, ada"), Map.entry("label", "UNCLASSIFIED"),
            Map.entry("policy", "OPEN"), Map.entry("reviewIntervalDays", ""), Map.entry("endDate", "2099-06-30")));
        assertEquals(302, proposed.statusCode(), proposed.body());
        assertTrue(proposed.headers().firstValue("Location").orElseThrow().endsWith(SPACE));

        String page = alice.get(SPACE).body();
        assertTrue(page.contains("Proposed"), page);
        assertTrue(page.contains("June 30, 2099"), "the end date in the reader's language: " + page);
        assertTrue(page.contains("Every 90 days"), page);
        SandboxClient ada = signedIn("ada");
        assertTrue(ada.get("/crossagency/mine").body().contains("Pages task force"), "waiting for DIGITAL");
        assertTrue(ada.get(SPACE).body().contains("Approve for"), "ada decides for DIGITAL");
        assertFalse(signedIn("hana").get(SPACE).body().contains("Approve for"));
        assertTrue(ada.submit(SPACE, Map.of("action", "decide", "agency", "DIGITAL", "approved", "true")).body()
            .contains("approval of PAGES_TASK_FORCE is recorded"));
        signedIn("gov").submit(SPACE, Map.of("action", "decide", "agency", "HEALTH", "approved", "true"));

        SandboxClient hana = signedIn("hana");
        String joined = hana.submit(SPACE, Map.of("action", "join")).body();
        assertTrue(joined.contains("You are in the space PAGES_TASK_FORCE."), joined);
        assertTrue(hana.get("/crossagency/mine").body().contains("Member"));
        assertTrue(hana.get("/crossagency/spaces?q=pages").body().contains("One space matches."));
        assertTrue(signedIn("raj").get("/crossagency/spaces?q=pages").body().contains("No space matches."),
            "REVENUE takes no part");
        assertTrue(signedIn("raj").get(SPACE).body().contains("There is no space PAGES_TASK_FORCE."),
            "answered as a space that does not exist");
        HttpResponse<String> suggested = client().send("GET", "/gov/rest/crossagency/spaces/suggestions?q=pages",
            null, basic("hana", "demo"));
        assertEquals(200, suggested.statusCode(), suggested.body());
        assertTrue(suggested.body().contains("\"key\":\"PAGES_TASK_FORCE\""), suggested.body());
        assertEquals("[]", client().send("GET", "/gov/rest/crossagency/spaces/suggestions?q=pages", null,
            basic("raj", "demo")).body(), "never suggested to whoever may not see it");

        String sponsored = alice.submit(SPACE, Map.of("action", "sponsorGuest", "user", "pat", "endDate",
            LocalDate.now().plusDays(30).toString(), "access", "READ")).body();
        assertTrue(sponsored.contains("pat is a guest until their end date."), sponsored);
        String guestView = signedIn("pat").get(SPACE).body();
        assertTrue(guestView.contains("You are a guest of this space."), guestView);
        assertFalse(guestView.contains("Hana Sato"), "a guest sees the stewards, not the members");
        assertTrue(alice.get(SPACE).body().contains("Guest until"), "stewards see the guest's terms");

        String report = signedIn("omar").get("/crossagency/report").body();
        assertTrue(report.contains("PAGES_TASK_FORCE"), report);
        HttpResponse<String> csv = signedIn("omar").get("/gov/rest/crossagency/reports/memberships.csv?agency=HEALTH");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("PAGES_TASK_FORCE,") && csv.body().contains(",hana,Hana Sato,Member,Active,"),
            csv.body());
        assertTrue(alice.get("/crossagency/report").body().contains("Only agency administrators"));
        assertEquals(403, alice.get("/gov/rest/crossagency/reports/memberships.csv?agency=HEALTH").statusCode());

        for (SandboxClient reader : List.of(alice, ada, hana, signedIn("omar"), signedIn("gov"))) {
            for (String path : List.of(SPACE, "/crossagency/mine", "/crossagency/spaces?q=pages",
                "/crossagency/spaces?q=%7B%7Bx&policy=x", "/crossagency/space?key=%7B%7Bx", "/crossagency/propose",
                "/crossagency/report", "/crossagency/report?agency=%7B%7Bx")) {
                String body = reader.get(path).body();
                assertFalse(body.contains("<script>alert"), path);
                assertFalse(body.contains("{{"), path + " lets a raw {{ from data through");
                assertFalse(UNRESOLVED.matcher(body).find(), path + " shows an unresolved Velocity reference: " + body);
            }
        }
    }

    @Test
    void aMemberReadsAndAcknowledgesTheGuidelineTheSpaceListsBeforeItsContentOpens() throws Exception
    {
        String gated = "/crossagency/space?key=GATED_SPACE";
        SandboxClient alice = signedIn("alice");
        HttpResponse<String> proposed = alice.submit("/crossagency/propose", List.of(Map.entry("key", "GATED_SPACE"),
            Map.entry("nameEn", "Gated"), Map.entry("nameFr", "Conditionnel"), Map.entry("purposeEn", "Try the gate."),
            Map.entry("purposeFr", "Essayer."), Map.entry("agencies", "HEALTH"), Map.entry("agencies", "DIGITAL"),
            Map.entry("leadAgency", "HEALTH"), Map.entry("stewards", "alice, ada"), Map.entry("guidelines",
                "SOCIAL_MEDIA"), Map.entry("label", "UNCLASSIFIED"), Map.entry("policy", "OPEN")));
        assertEquals(302, proposed.statusCode(), proposed.body());
        signedIn("ada").submit(gated, Map.of("action", "decide", "agency", "DIGITAL", "approved", "true"));
        signedIn("omar").submit(gated, Map.of("action", "decide", "agency", "HEALTH", "approved", "true"));

        SandboxClient hana = signedIn("hana");
        hana.submit(gated, Map.of("action", "join"));
        String page = hana.get(gated).body();
        assertTrue(page.contains("its content opens once you acknowledge"), page);
        assertTrue(page.contains("/policy/read?guideline=SOCIAL_MEDIA\">Social media policy</a>"), page);
        assertTrue(hana.get("/crossagency/mine").body().contains("Awaiting acknowledgement"));

        HttpResponse<String> acknowledged = client().send("POST", "/gov/rest/policy/guidelines/SOCIAL_MEDIA/"
            + "acknowledgements", "{\"version\":1,\"language\":\"en\",\"answers\":[1],\"attested\":true}",
            Map.of("Authorization", basic("hana", "demo").get("Authorization"), "Content-Type", "application/json"));
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        assertFalse(hana.get(gated).body().contains("its content opens once you acknowledge"), "open at once");
        assertFalse(hana.get("/crossagency/mine").body().contains("Awaiting acknowledgement"));
    }

    @Test
    void aChangeWithoutTheTokenIsRefused() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        String refused = hana.post("/crossagency/propose", Map.of("key", "NO_TOKEN", "nameEn", "x")).body();
        assertTrue(refused.contains("This form has expired"), refused);
        assertTrue(hana.get("/crossagency/space?key=NO_TOKEN").body().contains("There is no space"),
            "nothing was proposed");
    }
}
