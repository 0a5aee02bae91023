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
package org.xwiki.contrib.gov.input;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads request parameters as both hosts give them: a servlet's {@code Map<String, String[]>} to templates, a
 * {@code Map<String, List<String>>} to the JSON API.
 *
 * @version $Id$
 * @since 1.0
 */
public final class RequestParameters
{
    private RequestParameters()
    {
    }

    /**
     * @param parameters the parameters, or {@code null}
     * @param name a parameter name
     * @return its values, in order; none when it is missing
     */
    public static List<String> all(Map<String, ?> parameters, String name)
    {
        Object value = parameters == null ? null : parameters.get(name);
        if (value instanceof String[] array) {
            return Arrays.stream(array).map(item -> Objects.toString(item, "")).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(item -> Objects.toString(item, "")).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    /**
     * @param parameters the parameters, or {@code null}
     * @param name a parameter name
     * @return its first value, or empty text
     */
    public static String first(Map<String, ?> parameters, String name)
    {
        List<String> values = all(parameters, name);
        return values.isEmpty() ? "" : values.get(0);
    }
}
