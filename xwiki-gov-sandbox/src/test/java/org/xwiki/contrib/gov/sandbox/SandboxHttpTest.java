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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running sandbox over HTTP: sign-in, protected pages, CSRF, languages, escaping, titles, and the sandbox's own
 * answer to requests Jetty refuses before any page runs.
 *
 * @version $Id$
 */
class SandboxHttpTest extends AbstractSandboxHttpTest
{
    private static final String MARKUP = "<script>alert(1)</script>{{/html}}{{groovy}}println 1{{/groovy}}";

    @Test
    void aliceSignsInAndIsGreetedOnTheHomePage() throws Exception
    {
        SandboxClient alice = client();
        HttpResponse<String> signIn = alice.signIn("alice", "demo");
        assertEquals(303, signIn.statusCode());

        HttpResponse<String> home = alice.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<h1>Welcome, Alice Martin</h1>"), home.body());
        assertTrue(home.body().contains("Your home agency: HEALTH, unit HEALTH-PH."));
        assertTrue(home.body().contains("href=\"/core/admin\""), "links to each installed module");
        assertEquals("DENY", home.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception
    {
        SandboxClient client = client();
        HttpResponse<String> signIn = client.signIn("alice", "demo");
        List<String> cookies = signIn.headers().allValues("Set-Cookie");

        assertTrue(cookies.stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID=")
            && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax")), cookies.toString());
        assertFalse(client.get("/").body().contains("jsessionid"), "no session id in links");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception
    {
        SandboxClient client = client();
        HttpResponse<String> signIn = client.signIn("alice", "wrong");

        assertEquals(303, signIn.statusCode());
        assertTrue(signIn.headers().firstValue("Location").orElseThrow().endsWith("/login?error=1"));
        assertTrue(client.get("/login?error=1").body().contains("The user name or password is wrong."));
        assertEquals(302, client.get("/").statusCode(), "still signed out");
    }

    @Test
    void anonymousRequestsToProtectedPagesGoToTheSignInPage() throws Exception
    {
        for (String path : List.of("/", "/core/admin")) {
            HttpResponse<String> response = client().get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/login"), path);
            assertFalse(response.body().contains("Administration"), path);
        }
        assertEquals(200, client().get("/static/gov.css").statusCode());
        HttpResponse<String> icon = client().get("/static/favicon.svg");
        assertEquals(200, icon.statusCode());
        assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void aPagesTitleSaysWhereYouAreInYourLanguage() throws Exception
    {
        SandboxClient alice = client();
        alice.signIn("alice", "demo");

        assertTrue(alice.get("/policy/mine").body()
            .contains("<title>My guidelines &#8212; XWiki Gov sandbox</title>"));
        assertTrue(alice.get("/policy/mine?language=fr").body()
            .contains("<title>Mes lignes directrices &#8212; Bac \u00e0 sable XWiki Gov</title>"));
        assertTrue(alice.get("/policy/read?guideline=SOCIAL_MEDIA&language=en").body()
            .contains("<title>Social media policy &#8212; XWiki Gov sandbox</title>"));
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() throws Exception
    {
        SandboxClient alice = client();
        alice.signIn("alice", "demo");

        assertEquals(403, alice.post("/logout", Map.of()).statusCode());
        assertEquals(200, alice.get("/").statusCode(), "still signed in");
        assertEquals(302, alice.post("/logout", Map.of("form_token", alice.token("/"))).statusCode());
        assertEquals(302, alice.get("/").statusCode(), "signed out");
    }

    @Test
    void aBasicHeaderIsCheckedOnItsOwnAndNeverExcusesASessionFromTheToken() throws Exception
    {
        String me = "/gov/rest/profiles/me";
        String bio = "{\"details\":{\"bio\":\"Written by %s\"}}";
        SandboxClient zoe = client();
        zoe.signIn("zoe.singh", "demo");

        assertEquals(401, zoe.send("PUT", me, String.format(bio, "a wrong password"), basic("gov", "wrong"))
            .statusCode(), "a wrong Basic password is refused, whatever session the call carries");
        assertEquals(403, zoe.send("PUT", me, String.format(bio, "a session without its token"),
            basic("gov", "demo")).statusCode(), "a call riding on a signed-in session needs the token");
        assertEquals(200, client().send("PUT", me, String.format(bio, "Basic alone"), basic("zoe.singh", "demo"))
            .statusCode(), "Basic credentials alone need no token");
        assertTrue(zoe.get(me).body().contains("Written by Basic alone"), "nothing else was written");
    }

    @Test
    void aBasicCallSignsNoSessionIn() throws Exception
    {
        SandboxClient visitor = client();
        assertEquals(302, visitor.get("/").statusCode(), "the sign-in form keeps the page asked in a session");
        visitor.sessionCookie();

        assertEquals(200, visitor.send("GET", "/gov/rest/profiles/me", null, basic("alice", "demo")).statusCode());
        assertEquals(302, visitor.get("/").statusCode(), "the session the call carried is still signed out");
    }

    @Test
    void theTokenIsAcceptedInTheBodyOrAHeaderNeverInTheUrl() throws Exception
    {
        SandboxClient alice = client();
        alice.signIn("alice", "demo");
        String token = alice.token("/");

        assertEquals(403, alice.post("/logout?form_token=" + token, Map.of()).statusCode());
        assertEquals(403, alice.post("/logout?form_token=" + token, Map.of("form_token", token)).statusCode(),
            "not even beside the body's");
        assertEquals(200, alice.get("/").statusCode(), "still signed in");
        assertEquals(302, alice.send("POST", "/logout", null, Map.of("X-CSRF-Token", token)).statusCode());
        assertEquals(302, alice.get("/").statusCode(), "signed out");
    }

    @Test
    void anAddressTooLongGetsTheTranslatedPageAndTheConnectionCloses() throws Exception
    {
        HttpResponse<String> tooLong = signedIn("alice").get("/profiles/directory?q=" + "x".repeat(10_000));

        assertEquals(414, tooLong.statusCode());
        assertTrue(tooLong.body().contains("The address is too long. Nothing was changed."), tooLong.body());
        assertEquals("close", tooLong.headers().firstValue("Connection").orElse(""),
            "the rest of the request may be on its way: the client must not send another on this connection");
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedAndNothingIsWritten() throws Exception
    {
        SandboxClient gov = client();
        gov.signIn("gov", "demo");
        Map<String, String> unit = Map.of("action", "createUnit", "agency", "HEALTH", "key", "HEALTH-FORGED",
            "nameEn", "Forged", "nameFr", "Forgé");

        assertEquals(403, gov.post("/core/admin", unit).statusCode());
        Map<String, String> forged = new HashMap<>(unit);
        forged.put("form_token", "forged");
        assertEquals(403, gov.post("/core/admin", forged).statusCode());
        assertFalse(gov.get("/core/admin?agency=HEALTH").body().contains("HEALTH-FORGED"));
    }

    @Test
    void anAdministratorCreatesAUnitAndAnEmployeeMayNot() throws Exception
    {
        SandboxClient gov = client();
        gov.signIn("gov", "demo");
        HttpResponse<String> created = gov.submit("/core/admin?agency=HEALTH", Map.of("action", "createUnit",
            "agency", "HEALTH", "key", "HEALTH-NEW", "nameEn", "New unit", "nameFr", "Nouvelle unité"));
        assertTrue(created.body().contains("Unité HEALTH-NEW créée.") || created.body().contains(
            "Unit HEALTH-NEW created."), created.body());

        SandboxClient alice = client();
        alice.signIn("alice", "demo");
        HttpResponse<String> refused = alice.submit("/core/admin", Map.of("action", "createUnit", "agency",
            "HEALTH", "key", "HEALTH-ALICE", "nameEn", "Alice unit", "nameFr", "Unité d'Alice"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("You are not allowed to do this. If your work needs it, ask your agency"
            + "\u2019s administrator."), refused.body());
        assertFalse(refused.body().contains("core.unit.manage"), "no internal operation name in a message");
        assertFalse(refused.body().contains("createUnit-key"), "no unit form for employees");
    }

    @Test
    void theBrowserLanguageChoosesFrench() throws Exception
    {
        SandboxClient alice = new SandboxClient(this.sandbox.uri(), "fr-CA,fr;q=0.9,en;q=0.5");

        assertTrue(alice.get("/login").body().contains("<h1>Connexion</h1>"));
        alice.signIn("alice", "demo");
        assertTrue(alice.get("/").body().contains("Bienvenue, Alice Martin"));
    }

    @Test
    void aTokenIsBoundToItsSession() throws Exception
    {
        SandboxClient first = client();
        first.signIn("gov", "demo");
        String firstToken = first.token("/core/admin");
        SandboxClient second = client();
        second.signIn("gov", "demo");

        assertFalse(firstToken.equals(second.token("/core/admin")));
        assertEquals(403, second.post("/core/admin", Map.of("form_token", firstToken, "action", "createUnit",
            "agency", "HEALTH", "key", "HEALTH-REPLAY", "nameEn", "Replay", "nameFr", "Rejeu")).statusCode());
    }

    @Test
    void theLanguageSwitchShowsFrench() throws Exception
    {
        SandboxClient alice = client();
        alice.signIn("alice", "demo");

        String french = alice.get("/?language=fr").body();
        assertTrue(french.contains("<html lang=\"fr\">"));
        assertTrue(french.contains("Bienvenue, Alice Martin"));
        assertTrue(alice.get("/").body().contains("Bienvenue"), "the choice is kept for the session");
        assertTrue(alice.get("/?language=en").body().contains("Welcome"));
    }

    @Test
    void markupInDataIsShownAsTextEverywhere() throws Exception
    {
        SandboxClient gov = client();
        gov.signIn("gov", "demo");
        gov.submit("/core/admin", Map.of("action", "createAgency", "key", "MARKUP", "nameEn", MARKUP, "nameFr",
            MARKUP, "acronym", MARKUP.substring(0, 20)));
        gov.submit("/core/admin?agency=MARKUP", Map.of("action", "createUnit", "agency", "MARKUP", "key",
            "MARKUP-U", "nameEn", MARKUP, "nameFr", MARKUP));

        for (String path : List.of("/core/admin", "/core/admin?agency=MARKUP", "/core/admin?agency=%3Cb%3E%7B%7B",
            "/?language=fr")) {
            String body = gov.get(path).body();
            assertFalse(body.contains("<script>alert"), path);
            assertFalse(body.contains("{{"), path + " lets a raw {{ from data through");
            assertFalse(UNRESOLVED.matcher(body).find(), path + " shows an unresolved Velocity reference");
        }
        String admin = gov.get("/core/admin").body();
        assertTrue(admin.contains("&#60;script&#62;alert(1)&#60;/script&#62;"), admin);
    }

    @Test
    void anUnknownPageIsNotFound() throws Exception
    {
        SandboxClient alice = client();
        alice.signIn("alice", "demo");

        for (String path : List.of("/nothing/here", "/core/nothing", "/sandbox/layout", "/core/../sandbox/home")) {
            assertEquals(404, alice.get(path).statusCode(), path);
        }
    }

    @Test
    void requestsJettyRefusesGetTheSandboxsOwnPageNeverJettys() throws Exception
    {
        SandboxClient hana = client();
        hana.signIn("hana", "demo");
        String session = "Cookie: JSESSIONID=" + hana.sessionCookie().getValue();
        Map<String, Integer> requests = new LinkedHashMap<>();
        requests.put("GET /%zz HTTP/1.1", 400);
        requests.put("PROPFIND /policy/mine HTTP/1.1", 405);
        requests.put("BREW / HTTP/1.1", 405);
        requests.put("PUT /policy/mine HTTP/1.1\r\nContent-Length: 0", 403);
        requests.put("GET /no/such/page HTTP/1.1", 404);
        requests.put("POST /login HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: 400000000", 413);
        for (Map.Entry<String, Integer> request : requests.entrySet()) {
            String answer = send(this.sandbox.uri(), request.getKey(), session);
            assertTrue(answer.startsWith("HTTP/1.1 " + request.getValue() + ' '), answer);
            assertTrue(answer.contains("/static/gov.css") && answer.contains("class=\"gov-"), answer);
            assertTrue(!answer.contains("Jetty") && !answer.contains("HTTP ERROR"), answer);
        }
    }

    private static String send(URI base, String request, String session) throws IOException
    {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String line = request.contains("\r\n")
                ? request.replaceFirst("\r\n", "\r\nHost: localhost\r\n" + session + "\r\n")
                : request + "\r\nHost: localhost\r\n" + session;
            out.write((line + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
