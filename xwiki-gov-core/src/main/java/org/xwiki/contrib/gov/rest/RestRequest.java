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

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to a module's JSON API, as the host received it under {@code /gov/rest/<module>/}.
 *
 * @param method the HTTP method
 * @param path the path segments after the module's name, decoded
 * @param parameters the query (and form) parameters
 * @param content the request body's bytes, empty for none
 * @version $Id$
 * @since 1.0
 */
public record RestRequest(String method, List<String> path, Map<String, List<String>> parameters,
    byte[] content)
{
    /**
     * Checks and copies the fields.
     */
    public RestRequest
    {
        Objects.requireNonNull(method, "method");
        path = List.copyOf(path);
        parameters = Map.copyOf(parameters);
        content = content.clone();
    }

    /**
     * @return a copy of the request body's bytes, for bodies that are not text (or whose encoding must be checked)
     */
    @Override
    public byte[] content()
    {
        return this.content.clone();
    }

    /**
     * @return the request body as UTF-8 text, empty for none
     */
    public String body()
    {
        return new String(this.content, StandardCharsets.UTF_8);
    }

    /**
     * @return the request body, to read once
     */
    public InputStream contentStream()
    {
        return new ByteArrayInputStream(this.content);
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
     * @param segments the expected path, {@code *} matching any one segment
     * @return whether the request's path has that form
     */
    public boolean pathMatches(String... segments)
    {
        if (segments.length != this.path.size()) {
            return false;
        }
        for (int index = 0; index < segments.length; index++) {
            if (!"*".equals(segments[index]) && !segments[index].equals(this.path.get(index))) {
                return false;
            }
        }
        return true;
    }
}
