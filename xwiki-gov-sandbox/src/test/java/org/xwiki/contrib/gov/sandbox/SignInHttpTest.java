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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.sandbox.internal.MovableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in resists guessing and forgery: failed sign-ins slow the next ones, the form must come from this site with
 * its session's token, and responses do not name the server.
 *
 * @version $Id$
 */
class SignInHttpTest extends AbstractSandboxHttpTest
{
    private static final String CHECK = "/j_security_check";

    private static final String MINE = "/policy/mine";

    @Test
    void guessingIsSlowedAndTheRightPasswordWaitsItsTurn() throws Exception
    {
        SandboxClient guesser = client();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals("/login?error=1", location(guesser.signIn("raj", "wrong" + attempt)));
        }
        assertEquals("/login?error=1", location(guesser.signIn("raj", "demo")),
            "the right password, too soon after three wrong ones, is refused unchecked");
        assertTrue(isSignInPage(guesser), "still signed out");
        assertTrue(guesser.get("/login?error=1").body().contains("Too many failed sign-ins: wait one second"));
        assertEquals(401, client().send("GET", "/gov/rest/policy/assignments", null, Map.of("Authorization",
            "Basic cmFqOmRlbW8=")).statusCode(), "HTTP Basic waits its turn too");

        ((MovableClock) this.sandbox.components().get(Clock.class)).moveForward(Duration.ofSeconds(2));
        assertFalse(location(guesser.signIn("raj", "demo")).startsWith("/login"), "once the wait is over");
        assertEquals(200, guesser.get(MINE).statusCode());
    }

    @Test
    void aSignInFormFromAnotherSiteOrWithoutItsTokenIsRefused() throws Exception
    {
        SandboxClient victim = client();
        victim.get("/login");
        assertEquals("/login?error=expired", location(victim.post(CHECK, Map.of("j_username", "hana",
            "j_password", "demo"))), "no token: a form another site made the browser send");
        assertTrue(isSignInPage(victim));
        assertTrue(victim.get("/login?error=expired").body().contains("This sign-in form had expired"));

        SandboxClient elsewhere = client();
        String token = elsewhere.token("/login");
        assertEquals("/login?error=expired", location(elsewhere.send("POST", CHECK,
            "j_username=hana&j_password=demo&form_token=" + token, Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Origin", "https://attacker.example"))), "another site's origin");
        assertTrue(isSignInPage(elsewhere));

        SandboxClient own = client();
        String ownToken = own.token("/login");
        assertFalse(location(own.send("POST", CHECK, "j_username=hana&j_password=demo&form_token=" + ownToken,
            Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin",
                this.sandbox.uri().toString().replaceAll("/$", "")))).startsWith("/login"), "this site's own form");
        assertFalse(isSignInPage(own));
    }

    @Test
    void responsesDoNotNameTheServer() throws Exception
    {
        SandboxClient visitor = client();
        for (HttpResponse<String> response : List.of(visitor.get("/login"), visitor.get("/static/none"),
            signedIn("alice").get("/no/such/page"))) {
            assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().map().toString());
            assertFalse(response.body().contains("Jetty"), response.body());
        }
    }

    @Test
    void behindHttpsTheSessionCookieIsSecure(@TempDir Path data) throws Exception
    {
        Files.writeString(data.resolve(SandboxComponents.CONFIGURATION_FILE), "gov.sandbox.secureCookies=true\n");
        try (Sandbox secure = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", data))) {
            String cookie = new SandboxClient(secure.uri()).get("/login").headers().firstValue("Set-Cookie")
                .orElseThrow();
            assertTrue(cookie.contains("Secure"), cookie);
        }
        assertFalse(client().get("/login").headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"),
            "not by default: the sandbox serves plain HTTP");
    }

    private static String location(HttpResponse<String> response)
    {
        String location = response.headers().firstValue("Location").orElse("");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private static boolean isSignInPage(SandboxClient client) throws Exception
    {
        HttpResponse<String> mine = client.get(MINE);
        return mine.statusCode() == 302 || mine.statusCode() == 303;
    }
}
