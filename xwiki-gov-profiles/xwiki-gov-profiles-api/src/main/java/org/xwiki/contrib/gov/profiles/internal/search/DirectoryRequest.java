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
package org.xwiki.contrib.gov.profiles.internal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.input.RequestParameters;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;

/**
 * Reads a directory search from request parameters, the same for the pages and the JSON API: {@code q} (the
 * keywords), {@code page} (from 1), {@code pageSize}, and one parameter per facet, repeated for several values:
 * {@code agency}, {@code unit}, {@code skill}, {@code speaks} (a language: {@code language} is the hosts' own
 * parameter for the page's language), {@code location} and {@code open} ({@code true}).
 *
 * @version $Id$
 */
public final class DirectoryRequest
{
    /** The keywords parameter. */
    public static final String KEYWORDS = "q";

    /** The page parameter, from 1. */
    public static final String PAGE = "page";

    /** The page size parameter. */
    public static final String PAGE_SIZE = "pageSize";

    /** The page size when none is asked for. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    private DirectoryRequest()
    {
    }

    /**
     * @param facet a facet
     * @return the name of the parameter filtering on it
     */
    public static String parameterOf(DirectoryFacet facet)
    {
        return switch (facet) {
            case LANGUAGE -> "speaks";
            case OPEN_TO_COLLABORATION -> "open";
            default -> facet.name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * @param parameters the request's parameters
     * @return the search they ask for
     * @throws GovException when the page or the page size is not a number
     */
    public static DirectoryQuery read(Map<String, ?> parameters) throws GovException
    {
        Map<DirectoryFacet, Set<String>> filters = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : RequestParameters.all(parameters, parameterOf(facet))) {
                Inputs.optional(value).ifPresent(values::add);
            }
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        int page = number(RequestParameters.first(parameters, PAGE), 1);
        int pageSize = number(RequestParameters.first(parameters, PAGE_SIZE), DEFAULT_PAGE_SIZE);
        return new DirectoryQuery(RequestParameters.first(parameters, KEYWORDS).strip(), filters, page - 1,
            pageSize);
    }

    /**
     * @param parameters the request's parameters
     * @param page the page to link to, from 1; 0 to leave the page out
     * @return the query string of the same search at that page: the keywords and filters only, URL-encoded
     */
    public static String toQueryString(Map<String, ?> parameters, int page)
    {
        StringJoiner query = new StringJoiner("&");
        String keywords = RequestParameters.first(parameters, KEYWORDS).strip();
        if (!keywords.isEmpty()) {
            query.add(KEYWORDS + '=' + encode(keywords));
        }
        for (DirectoryFacet facet : DirectoryFacet.values()) {
            for (String value : RequestParameters.all(parameters, parameterOf(facet))) {
                Inputs.optional(value).ifPresent(present -> query.add(parameterOf(facet) + '=' + encode(present)));
            }
        }
        if (page > 0) {
            query.add(PAGE + '=' + page);
        }
        return query.toString();
    }

    private static String encode(String value)
    {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int number(String value, int missing) throws GovException
    {
        return Inputs.integer(value, () -> new GovException("gov.profiles.search.page.invalid",
            DirectoryQuery.MAX_PAGE_SIZE, DefaultDirectorySearch.MAX_DEPTH)).orElse(missing);
    }
}
