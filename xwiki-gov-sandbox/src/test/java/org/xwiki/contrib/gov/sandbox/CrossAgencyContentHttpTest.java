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
 * The pages of a cross-agency space in the sandbox's page store, over HTTP: written in XWiki 2.1 and rendered safely,
 * each save a version, a save over a newer version refused with the text kept, readers who cannot write, and
 * nothing of it for anyone outside.
 *
 * @version $Id$
 */
class CrossAgencyContentHttpTest extends AbstractSandboxHttpTest
{
    private static final String KEY = "WIKI_SPACE";

    private static final String SPACE = "/crossagency/space?key=" + KEY;

    private static final String NEW_PAGE = "/pages?space=" + KEY;

    private static final String PAGE = NEW_PAGE + "&name=Meeting+notes";

    private static final String READERS = "READ_SPACE";

    private static final String BAD_INPUT = "BAD_SPACE";

    private static final String INJECTION = "{{/html}}{{groovy}}println 'ran'{{/groovy}} <script>alert(1)</script> "
        + "(% onclick=\"alert(1)\" style=\"color:red\" %)styled [[click>>javascript:alert(1)]] "
        + "[[image:url:javascript:alert(2)]]";

    private static final String NOTES = "= Agenda =\n\n* **Budget**\n* //Hiring//\n\n|=Item|=Owner\n|Budget|Alice\n\n"
        + "See [[the plan>>Plan]] and [[Canada>>https://www.canada.ca]].\n\n" + INJECTION;

    @Test
    void membersWritePagesThatEveryoneWhoMayReadSeesSafelyRendered() throws Exception
    {
        SandboxClient alice = openSpace(KEY);
        String home = alice.get(SPACE).body();
        assertTrue(home.contains("No page yet."), home);
        assertTrue(home.contains("href=\"/pages?space=WIKI_SPACE\""), "stewards may write: " + home);

        String created = alice.submit(NEW_PAGE, Map.of("action", "create", "title", "Meeting notes",
            "content", NOTES)).body();
        assertTrue(created.contains("The page &#34;Meeting notes&#34; is created."), created);
        assertTrue(created.contains("<strong>Budget</strong>"), created);
        assertTrue(created.contains("<th scope=\"col\">Item</th>"), created);
        assertTrue(created.contains("href=\"/pages?space=WIKI_SPACE&amp;name=Plan\""), "a page link: " + created);
        assertTrue(created.contains("href=\"https://www.canada.ca\""), created);
        assertSafe(created);

        SandboxClient hana = signedIn("hana");
        hana.submit(SPACE, Map.of("action", "join"));
        String read = hana.get(PAGE).body();
        assertTrue(read.contains("Version 1, saved by Alice"), read);
        assertSafe(read);
        String saved = hana.submit(PAGE + "&edit=1", Map.of("action", "save", "baseVersion", "1", "title",
            "Meeting notes", "content", "= Agenda =\n\nBudget **approved**.")).body();
        assertTrue(saved.contains("Version 2 is saved."), saved);
        assertTrue(saved.contains("Budget <strong>approved</strong>."), saved);

        String conflict = alice.submit(PAGE + "&edit=1", Map.of("action", "save", "baseVersion", "1", "title",
            "Meeting notes", "content", "Alice's late change")).body();
        assertTrue(conflict.contains("Hana Sato saved version 2 of this page while you were editing it."), conflict);
        assertTrue(conflict.contains("Alice&#39;s late change</textarea>"), "the text is kept: " + conflict);
        assertTrue(conflict.contains("name=\"baseVersion\" value=\"2\""), conflict);
        assertTrue(alice.get(PAGE).body().contains("Budget <strong>approved</strong>."), "nothing was saved");
        assertTrue(alice.get(PAGE + "&version=1").body().contains("You are reading version 1"));

        String spaceHome = alice.get(SPACE).body();
        assertTrue(spaceHome.contains(">Meeting notes</a>"), spaceHome);
        assertTrue(spaceHome.contains("Hana Sato saved the page \u201cMeeting notes\u201d"), spaceHome);
        assertTrue(spaceHome.contains("Hana Sato joined"), spaceHome);
        HttpResponse<String> pages = client().send("GET", "/gov/rest/crossagency/spaces/" + KEY + "/pages", null,
            basic("hana", "demo"));
        assertEquals(200, pages.statusCode(), pages.body());
        assertTrue(pages.body().contains("\"title\":\"Meeting notes\""), pages.body());
    }

    @Test
    void aReaderCannotWriteAndAnOutsiderSeesNothingOfThePages() throws Exception
    {
        SandboxClient alice = openSpace(READERS);
        String space = "/crossagency/space?key=" + READERS;
        String newPage = "/pages?space=" + READERS;
        String page = newPage + "&name=Meeting+notes";
        alice.submit(newPage, Map.of("action", "create", "title", "Meeting notes", "content", "Secret plans."));
        alice.submit(space, Map.of("action", "sponsorGuest", "user", "pat", "endDate",
            LocalDate.now().plusDays(30).toString(), "access", "READ"));

        SandboxClient pat = signedIn("pat");
        assertTrue(pat.get(page).body().contains("Secret plans."), "a reading guest reads");
        assertFalse(pat.get(page).body().contains("edit=1"), "and is not offered to edit");
        String refused = pat.post(page, Map.of("action", "save", "baseVersion", "1", "title", "x", "content", "x",
            "form_token", pat.token(space))).body();
        assertTrue(refused.contains("You are not allowed to do this"), refused);

        String outsider = signedIn("raj").get(page).body();
        assertFalse(outsider.contains("Secret plans."), outsider);
        assertTrue(outsider.contains("There is no such page."), outsider);
        String nowhere = signedIn("raj").get("/pages?space=NO_SUCH_SPACE&name=Meeting+notes").body();
        assertEquals(message(nowhere), message(outsider), "refused as a page that does not exist");
        assertEquals(404, client().send("GET", "/gov/rest/crossagency/spaces/" + READERS + "/pages", null,
            basic("raj", "demo")).statusCode());
        assertFalse(signedIn("raj").get(space).body().contains("Meeting notes"));

        String noToken = alice.post(page, Map.of("action", "save", "baseVersion", "1", "title", "x",
            "content", "Overwritten")).body();
        assertTrue(noToken.contains("This form has expired"), noToken);
        assertTrue(alice.get(page).body().contains("Secret plans."), "nothing was changed");
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageAndNothingWritten() throws Exception
    {
        SandboxClient alice = openSpace(BAD_INPUT);
        String space = "/crossagency/space?key=" + BAD_INPUT;
        String newPage = "/pages?space=" + BAD_INPUT;
        String page = newPage + "&name=Meeting+notes";
        for (Map.Entry<String, String> bad : List.of(Map.entry("", "Empty title"), Map.entry("...", "No name"),
            Map.entry("x".repeat(201), "Too long"))) {
            String body = alice.submit(newPage, Map.of("action", "create", "title", bad.getKey(), "content",
                bad.getValue())).body();
            assertTrue(body.contains("gov-error"), bad.getValue() + ": " + body);
            assertTrue(body.contains("Nothing was saved."), body);
            assertFalse(UNRESOLVED.matcher(body).find(), body);
        }
        String tooLong = alice.submit(newPage, Map.of("action", "create", "title", "Long",
            "content", "x".repeat(200_001))).body();
        assertTrue(tooLong.contains("The text is longer than the 200,000 characters a page may hold."), tooLong);
        alice.submit(newPage, Map.of("action", "create", "title", "Twice", "content", "One."));
        assertTrue(alice.submit(newPage, Map.of("action", "create", "title", "Twice", "content", "Two.")).body()
            .contains("A page named &#34;Twice&#34; already exists in this space."));
        assertTrue(alice.get(space).body().contains(">Twice</a>"));
        assertFalse(alice.get(space).body().contains(">Long</a>"), "nothing half-written");
        assertTrue(alice.get(newPage + "&name=Twice&version=abc").body()
            .contains("There is no such version of this page."));
    }

    private SandboxClient openSpace(String key) throws Exception
    {
        String space = "/crossagency/space?key=" + key;
        SandboxClient alice = signedIn("alice");
        HttpResponse<String> proposed = alice.submit("/crossagency/propose", List.of(Map.entry("key", key),
            Map.entry("nameEn", "Wiki space"), Map.entry("nameFr", "Espace wiki"), Map.entry("purposeEn", "Write."),
            Map.entry("purposeFr", "\u00c9crire."), Map.entry("agencies", "HEALTH"), Map.entry("agencies", "DIGITAL"),
            Map.entry("leadAgency", "HEALTH"), Map.entry("stewards", "alice, ada"), Map.entry("label", "UNCLASSIFIED"),
            Map.entry("policy", "OPEN")));
        assertEquals(302, proposed.statusCode(), proposed.body());
        signedIn("ada").submit(space, Map.of("action", "decide", "agency", "DIGITAL", "approved", "true"));
        signedIn("omar").submit(space, Map.of("action", "decide", "agency", "HEALTH", "approved", "true"));
        return alice;
    }

    private static String message(String page)
    {
        int start = page.indexOf("role=\"alert\">");
        return page.substring(start, page.indexOf('<', start + 13));
    }

    private static void assertSafe(String page)
    {
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("onclick="), page);
        assertFalse(page.contains("style=\"color"), page);
        assertFalse(page.contains("href=\"javascript") || page.contains("src=\"javascript"), page);
        assertFalse(page.contains("println 'ran'</"), "the macro is not run");
        assertFalse(UNRESOLVED.matcher(page).find(), page);
    }
}
