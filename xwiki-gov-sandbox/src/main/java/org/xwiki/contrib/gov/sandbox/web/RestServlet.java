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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.rest.GovRestDispatcher;
import org.xwiki.contrib.gov.rest.RestBody;
import org.xwiki.contrib.gov.rest.RestResponse;

/**
 * Serves the modules' JSON APIs under {@code /gov/rest/}: hands each call, with the signed-in caller, to the kernel's
 * {@link GovRestDispatcher} and writes its answer. {@link GovRequestFilter} has already authenticated the caller and
 * checked the CSRF token.
 *
 * @version $Id$
 */
public class RestServlet extends HttpServlet
{
    private static final long serialVersionUID = 1L;

    private final transient ComponentManager components;

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
        CurrentActor currentActor;
        GovRestDispatcher dispatcher;
        try {
            currentActor = this.components.getInstance(CurrentActor.class);
            dispatcher = this.components.getInstance(GovRestDispatcher.class);
        } catch (ComponentLookupException e) {
            throw new IOException("The JSON API cannot start", e);
        }
        List<String> path = Arrays.stream(String.valueOf(request.getPathInfo()).split("/"))
            .filter(segment -> !segment.isEmpty() && !"null".equals(segment)).toList();
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        RestResponse answer = dispatcher.dispatch(currentActor.get(), request.getMethod(), path, parameters,
            RestBody.of(Objects.toString(request.getContentType(), ""), request.getContentLengthLong(),
                request.getInputStream()));
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        answer.body().writeTo(response.getOutputStream());
    }
}
