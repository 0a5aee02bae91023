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

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.internal.Translations;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.NotFoundException;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.store.StoreException;

/**
 * Serves the modules' JSON APIs under {@code /gov/rest/<module>/}: hands each call to the module's
 * {@link GovRestHandler} and turns refusals into JSON errors ({@code error}: the message key, {@code message}: the
 * text in the caller's language, {@code parameters}).
 *
 * @version $Id$
 */
public class RestServlet extends HttpServlet
{
    private static final long serialVersionUID = 1L;

    private static final int MAX_BODY = 1 << 20;

    /** A CSV upload (an HR import) may be larger; the module reading it applies its own, clearer limit. */
    private static final int MAX_CSV_BODY = (64 << 20) + 1;

    private static final Logger LOGGER = LoggerFactory.getLogger(RestServlet.class);

    private final transient ComponentManager components;

    private final transient Translations translations = Translations.load(RestServlet.class.getClassLoader());

    /**
     * @param components the booted components
     */
    public RestServlet(ComponentManager components)
    {
        this.components = components;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException
    {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        Actor actor;
        try {
            actor = this.components.<CurrentActor>getInstance(CurrentActor.class).get();
        } catch (ComponentLookupException e) {
            throw new IOException("No current actor", e);
        }
        try {
            if (actor.userId().isEmpty()) {
                error(response, HttpServletResponse.SC_UNAUTHORIZED,
                    new GovException("gov.core.error.rest.unauthorized"), actor);
                return;
            }
            List<String> path = Arrays.stream(String.valueOf(request.getPathInfo()).split("/"))
                .filter(segment -> !segment.isEmpty() && !"null".equals(segment)).toList();
            GovRestHandler handler = handler(path);
            RestResponse answer = handler.handle(new RestRequest(request.getMethod(), path.subList(1, path.size()),
                parameters(request), body(request)));
            write(response, answer);
        } catch (GovException e) {
            if (!response.isCommitted()) {
                error(response, status(e), e, actor);
            }
            if (e instanceof StoreException) {
                LOGGER.error("Gov store failure in the JSON API", e);
            }
        }
    }

    private GovRestHandler handler(List<String> path) throws GovException
    {
        String module = path.isEmpty() ? "" : path.get(0);
        try {
            if (!module.isEmpty() && this.components.hasComponent(GovRestHandler.class, module)) {
                return this.components.getInstance(GovRestHandler.class, module);
            }
        } catch (ComponentLookupException e) {
            LOGGER.error("The JSON API of {} cannot start", module, e);
        }
        throw new NotFoundException("gov.core.error.rest.notFound", String.join("/", path));
    }

    private static Map<String, List<String>> parameters(HttpServletRequest request)
    {
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }

    private static byte[] body(HttpServletRequest request) throws IOException, GovException
    {
        int limit = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT).startsWith("text/csv")
            ? MAX_CSV_BODY : MAX_BODY;
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new GovException("gov.core.error.rest.tooLarge", limit);
            }
            return bytes;
        }
    }

    private static void write(HttpServletResponse response, RestResponse answer) throws IOException
    {
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        Optional<String> fileName = answer.fileName();
        if (fileName.isPresent()) {
            response.setHeader("Content-Disposition",
                "attachment; filename=\"" + fileName.get().replaceAll("[^A-Za-z0-9._-]", "_") + '"');
        }
        answer.body().writeTo(response.getOutputStream());
    }

    private static int status(GovException e)
    {
        if (e instanceof AccessDeniedException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (e instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return e instanceof StoreException ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
            : HttpServletResponse.SC_BAD_REQUEST;
    }

    private void error(HttpServletResponse response, int status, GovException e, Actor actor) throws IOException
    {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", e.getMessageKey());
        error.put("message", this.translations.format(e.getMessageKey(), e.getParameters(), actor.locale()));
        error.put("parameters", e.getParameters());
        write(response, RestResponse.json(status, error));
    }
}
