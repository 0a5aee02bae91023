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

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One call of a module's JSON API: an HTTP method and a path pattern under the module, such as
 * {@code guidelines/{key}/versions/{number}}. A segment {@code {name}} matches any one segment; a segment
 * {@code prefix{name}} matches one that starts with the prefix, the variable holding the rest.
 *
 * @param method the HTTP method
 * @param pattern the path pattern's segments
 * @param action what the call does
 * @param bodyLimit the most bytes of body the call takes, when it takes more than the API's usual limit (an upload)
 * @version $Id$
 * @since 1.0
 */
public record RestRoute(String method, List<String> pattern, RestAction action, Optional<LongSupplier> bodyLimit)
{
    private static final char OPEN = '{';

    /**
     * Checks and copies the fields.
     */
    public RestRoute
    {
        Objects.requireNonNull(method, "method");
        pattern = List.copyOf(pattern);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(bodyLimit, "bodyLimit");
    }

    /**
     * @param method the HTTP method
     * @param pattern the path pattern, segments separated by {@code /}
     * @param action what the call does
     * @return the route
     */
    public static RestRoute of(String method, String pattern, RestAction action)
    {
        return new RestRoute(method, segments(pattern), action, Optional.empty());
    }

    /**
     * @param pattern the path pattern, segments separated by {@code /}
     * @param maxBytes the largest body the call takes, read when the call is made (it may be a setting)
     * @param action what the call does, reading the body as it goes (see {@link RestRequest#contentStream()})
     * @return a POST route that takes an upload
     */
    public static RestRoute upload(String pattern, LongSupplier maxBytes, RestAction action)
    {
        return new RestRoute("POST", segments(pattern), action, Optional.of(maxBytes));
    }

    private static List<String> segments(String pattern)
    {
        return Arrays.stream(pattern.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    /**
     * @param path the call's path segments under the module
     * @return the values of the path variables when the path has this route's form, empty otherwise
     */
    public Optional<Map<String, String>> match(List<String> path)
    {
        if (path.size() != this.pattern.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int index = 0; index < path.size(); index++) {
            String expected = this.pattern.get(index);
            String actual = path.get(index);
            int open = expected.indexOf(OPEN);
            if (open < 0) {
                if (!expected.equals(actual)) {
                    return Optional.empty();
                }
            } else if (actual.startsWith(expected.substring(0, open)) && actual.length() > open) {
                variables.put(expected.substring(open + 1, expected.length() - 1), actual.substring(open));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }
}
