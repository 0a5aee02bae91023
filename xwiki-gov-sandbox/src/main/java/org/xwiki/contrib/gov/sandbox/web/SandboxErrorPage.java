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
package org.xwiki.contrib.gov.sandbox.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.xml.XMLUtils;

/**
 * The sandbox's own answer to a request Jetty refuses before any page or JSON call runs (a form over the size limit,
 * a malformed address, headers too large) or that fails: a page in the reader's language (from the browser's
 * preference, since such a request may not be read any further; English when even its headers could not be read),
 * or under {@code /gov/rest/} the JSON API's error shape, never Jetty's page.
 *
 * @version $Id$
 */
public class SandboxErrorPage extends ErrorHandler
{
    private static final String KEY = "gov.sandbox.error.http.";

    /** The request attribute where the sandbox's filter leaves the reader's language, once it knows it. */
    public static final String LOCALE_ATTRIBUTE = SandboxErrorPage.class.getName() + ".locale";

    private static final String REST_PATH = "/gov/rest/";

    private static final String GOV_KEY = "gov.";

    private static final int MEGABYTE = 1 << 20;

    private static final int TOO_LARGE = 413;

    /** The refusals of a request that Jetty could not read to its end (malformed, too large, headers too large). */
    private static final Set<Integer> UNREAD_REQUESTS = Set.of(400, 413, 414, 431);

    private final Translations translations = Translations.load(SandboxErrorPage.class.getClassLoader());

    private final FormLimits formLimits;

    /**
     * @param formLimits the largest body accepted for each form content type ({@code multipart/form-data},
     *     {@code application/x-www-form-urlencoded}), so that a body over it is named as such
     */
    public SandboxErrorPage(FormLimits formLimits)
    {
        this.formLimits = formLimits;
    }

    /**
     * Every refusal gets its page, whatever the method: Jetty's own handler leaves the body empty but for GET, POST and
     * HEAD, so that a {@code PROPFIND} or a mistyped method would get a blank answer.
     */
    @Override
    public boolean errorPageForMethod(String method)
    {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
        String contentType, List<Charset> charsets, int code, String message, Throwable cause) throws IOException
    {
        Locale locale = request.getAttribute(LOCALE_ATTRIBUTE) instanceof Locale chosen ? chosen
            : LocaleResolver.preferred(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        String messageKey = KEY + code;
        List<Object> parameters = List.of(code);
        Long formLimit = this.formLimits.of(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (formLimit != null && (code == TOO_LARGE || request.getLength() > formLimit)) {
            messageKey = KEY + "formTooLarge";
            parameters = List.of(formLimit / MEGABYTE);
        } else if (message != null && message.startsWith(GOV_KEY) && this.translations.get(message, locale).isPresent()) {
            // A refusal of the sandbox's own filters, named by its translation key (a form without its CSRF token).
            messageKey = message;
            parameters = List.of();
        } else if (this.translations.get(messageKey, locale).isEmpty()) {
            messageKey = KEY + "other";
        }
        String text = this.translations.format(messageKey, parameters, locale);
        byte[] body;
        if (Request.getPathInContext(request).startsWith(REST_PATH)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", messageKey);
            error.put("message", text);
            error.put("parameters", parameters.stream().map(String::valueOf).toList());
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            RestResponse.json(code, error).body().writeTo(json);
            body = json.toByteArray();
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
        } else {
            body = page(locale, this.translations.format(KEY + "title", List.of(), locale), text)
                .getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.TEXT_HTML_UTF_8.asString());
        }
        if (UNREAD_REQUESTS.contains(code)) {
            // The rest of such a request may still be on the way: a client must not send another on this connection.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private String page(Locale locale, String title, String text)
    {
        String home = this.translations.format(KEY + "home", List.of(), locale);
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\" />"
            + "<title>" + XMLUtils.escape(title) + "</title><link rel=\"stylesheet\" href=\"/static/gov.css\" />"
            + "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\" />"
            + "</head><body><main class=\"gov-page\"><h1>" + XMLUtils.escape(title) + "</h1>"
            + "<p class=\"box errormessage gov-message gov-error\" role=\"alert\">" + XMLUtils.escape(text) + "</p>"
            + "<p><a href=\"/\">" + XMLUtils.escape(home) + "</a></p></main></body></html>\n";
    }
}
