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
package org.xwiki.contrib.gov.profiles;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A directory search.
 *
 * @param keywords free text over names, titles, skills and biographies (typos tolerated), at most
 *     {@link #MAX_KEYWORDS_LENGTH} characters and {@link #MAX_WORDS} different words; empty lists everybody
 * @param filters the facet values to keep; several values of one facet are alternatives, facets combine
 * @param page the page, from 0
 * @param pageSize hits per page, 1 to {@link #MAX_PAGE_SIZE}
 * @version $Id$
 * @since 1.0
 */
public record DirectoryQuery(String keywords, Map<DirectoryFacet, Set<String>> filters, int page, int pageSize)
{
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The longest keywords. */
    public static final int MAX_KEYWORDS_LENGTH = 200;

    /** The most different words the keywords may have (a word repeated counts once). */
    public static final int MAX_WORDS = 20;

    /**
     * Checks and copies the fields.
     */
    public DirectoryQuery
    {
        Objects.requireNonNull(keywords, "keywords");
        filters = Map.copyOf(filters);
        filters.values().forEach(Objects::requireNonNull);
    }

    /**
     * @param keywords the keywords
     * @return the first page of 20 hits for those keywords, without filters
     */
    public static DirectoryQuery of(String keywords)
    {
        return new DirectoryQuery(keywords, Map.of(), 0, 20);
    }
}
