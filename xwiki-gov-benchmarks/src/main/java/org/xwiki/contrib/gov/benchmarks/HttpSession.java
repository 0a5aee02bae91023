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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser session with the sandbox: its session cookie and CSRF token, over an HTTP client that many
 * sessions share (a client per session would cost a thread each). Signs in through the sign-in form, as a person does.
 *
 * @version $Id$
 */
final class HttpSession
{
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private static final Pattern TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]*)\"");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;

    private final URI base;

    private String sessionId = "";

    private String token = "";

    /**
     * @param http the shared client, which follows no redirect and keeps no cookie
     * @param base the sandbox
     */
    HttpSession(HttpClient http, URI base)
    {
        this.http = http;
        this.base = base;
    }

    /**
     * @return a client for many sessions
     */
    static HttpClient sharedClient()
    {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
    }

    /**
     * Signs in with the sign-in form, then reads the session's CSRF token from a page.
     *
     * @param login the person
     * @param password their password
     * @throws IOException when a step does not answer as it should
     * @throws InterruptedException when interrupted
     */
    void signIn(String login, String password) throws IOException, InterruptedException
    {
        String formToken = tokenIn(get("/login"));
        HttpResponse<String> signedIn = send(request("/j_security_check").header("Content-Type",
            "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("j_username="
                + encode(login) + "&j_password=" + encode(password) + "&form_token=" + encode(formToken))));
        if (signedIn.statusCode() / 100 != 3 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("Sign-in of " + login + " refused: " + signedIn.statusCode());
        }
        this.token = tokenIn(get("/policy/mine"));
    }

    /**
     * @param path a page or file, with its query
     * @return the answer, which must be 200
     * @throws IOException when the answer is not 200
     * @throws InterruptedException when interrupted
     */
    HttpResponse<String> get(String path) throws IOException, InterruptedException
    {
        return ok(send(request(path).GET()), path);
    }

    /**
     * @param path a JSON API path
     * @param json the request's body
     * @return the answer, which must be 200
     * @throws IOException when the answer is not 200
     * @throws InterruptedException when interrupted
     */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException
    {
        return ok(send(request(path).header("Content-Type", "application/json").header("X-CSRF-Token", this.token)
            .POST(HttpRequest.BodyPublishers.ofString(json))), path);
    }

    private HttpRequest.Builder request(String path)
    {
        HttpRequest.Builder builder = HttpRequest.newBuilder(this.base.resolve(path)).timeout(TIMEOUT)
            .header("Accept-Language", "en");
        if (!this.sessionId.isEmpty()) {
            builder.header("Cookie", "JSESSIONID=" + this.sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException
    {
        HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION.matcher(cookie);
            if (session.find()) {
                this.sessionId = session.group(1);
            }
        }
        return response;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, String path) throws IOException
    {
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": "
                + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    private static String tokenIn(HttpResponse<String> page) throws IOException
    {
        Matcher token = TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new IOException("No CSRF token on " + page.uri());
        }
        return token.group(1);
    }

    private static String encode(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
