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
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for the sandbox: keeps cookies, does not follow redirects, signs in through the form.
 *
 * @version $Id$
 */
final class SandboxClient
{
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]*)\"");

    private final URI base;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http;

    private final String language;

    SandboxClient(URI base)
    {
        this(base, "en");
    }

    SandboxClient(URI base, String language)
    {
        this.base = base;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(this.cookies).followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException
    {
        return this.http.send(request(path)
            .header("Accept-Language", this.language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException
    {
        return post(path, List.copyOf(form.entrySet()));
    }

    /**
     * Posts a form whose fields may repeat (several checked boxes of one name).
     */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form)
        throws IOException, InterruptedException
    {
        String body = form.stream()
            .map(entry -> encode(entry.getKey()) + '=' + encode(entry.getValue()))
            .collect(Collectors.joining("&"));
        return this.http.send(request(path)
            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", this.language)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form with the CSRF token read from the page at {@code path}.
     */
    HttpResponse<String> submit(String path, Map<String, String> fields) throws IOException, InterruptedException
    {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("form_token", token(path));
        return post(path, form);
    }

    /**
     * As {@link #submit(String, Map)}, for fields that may repeat.
     */
    HttpResponse<String> submit(String path, List<Map.Entry<String, String>> fields)
        throws IOException, InterruptedException
    {
        List<Map.Entry<String, String>> form = new ArrayList<>(fields);
        form.add(Map.entry("form_token", token(path)));
        return post(path, form);
    }

    /**
     * @return the CSRF token in the forms of the page at {@code path}
     */
    String token(String path) throws IOException, InterruptedException
    {
        Matcher token = TOKEN.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + path);
        }
        return token.group(1);
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
        throws IOException, InterruptedException
    {
        HttpRequest.Builder builder = request(path)
            .header("Accept-Language", this.language)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> sendBytes(String method, String path, byte[] body, Map<String, String> headers)
        throws IOException, InterruptedException
    {
        HttpRequest.Builder builder = request(path)
            .header("Accept-Language", this.language).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a multipart form with one file, as a browser sends the sandbox's forms with a file input: the CSRF token
     * first, then the other fields, then the file.
     */
    HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
        byte[] content) throws IOException, InterruptedException
    {
        String boundary = "----gov-test-boundary-7f3a";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<Map.Entry<String, String>> ordered = fields.entrySet().stream()
            .sorted(Comparator.comparing(field -> !"form_token".equals(field.getKey()))).toList();
        for (Map.Entry<String, String> field : ordered) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendBytes("POST", path, body.toByteArray(), Map.of("Content-Type", "multipart/form-data; boundary="
            + boundary));
    }

    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException
    {
        return this.http.send(request(path).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException
    {
        return post("/j_security_check", Map.of("j_username", user, "j_password", password, "form_token",
            token("/login")));
    }

    HttpCookie sessionCookie()
    {
        return this.cookies.getCookieStore().getCookies().stream()
            .filter(cookie -> "JSESSIONID".equals(cookie.getName())).findFirst().orElseThrow();
    }

    /** A request that fails rather than waits for ever on a server that does not answer. */
    private HttpRequest.Builder request(String path)
    {
        return HttpRequest.newBuilder(this.base.resolve(path)).timeout(ANSWER_TIMEOUT);
    }

    private static String encode(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
