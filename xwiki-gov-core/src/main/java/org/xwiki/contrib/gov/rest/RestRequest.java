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
package org.xwiki.contrib.gov.rest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * A call to a module's JSON API, as the {@link GovRestDispatcher} hands it to the route that answers it.
 *
 * @param caller who calls
 * @param method the HTTP method
 * @param path the path segments after the module's name, decoded
 * @param variables the values of the route's path variables, by name
 * @param parameters the query (and form) parameters
 * @param content the request body, read only when the route asks for it and only up to the route's limit
 * @version $Id$
 * @since 1.0
 */
public record RestRequest(Actor caller, String method, List<String> path, Map<String, String> variables,
    Map<String, List<String>> parameters, RestBody content)
{
    /**
     * Checks and copies the fields.
     */
    public RestRequest
    {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(method, "method");
        path = List.copyOf(path);
        variables = Map.copyOf(variables);
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(content, "content");
    }

    /**
     * @return the request body as UTF-8 text, empty for none
     * @throws GovException when the body is larger than the route accepts (413) or cannot be read
     */
    public String body() throws GovException
    {
        return new String(this.content.bytes(), StandardCharsets.UTF_8);
    }

    /**
     * @return the request body, to read once as it comes; reading past the route's limit fails
     */
    public InputStream contentStream()
    {
        return this.content.stream();
    }

    /**
     * @param name a parameter name
     * @return its first value, if given and not blank
     */
    public Optional<String> parameter(String name)
    {
        return this.parameters.getOrDefault(name, List.of()).stream().findFirst().filter(value -> !value.isBlank());
    }

    /**
     * @param name the name of one of the route's path variables
     * @return its value in this call's path
     */
    public String variable(String name)
    {
        String value = this.variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path variable " + name);
        }
        return value;
    }
}
