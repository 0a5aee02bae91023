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

import org.xwiki.contrib.gov.profiles.Visibility;

/**
 * The names of the fields of a profile document. A person-owned value is indexed in the field of its visibility
 * ({@code tx.skill.g}, {@code tx.skill.a} or {@code tx.skill.p}), so that a query can match it only where the
 * searcher may see it.
 *
 * @version $Id$
 */
public final class IndexFields
{
    /** The user id: indexed, stored, with doc values. */
    public static final String ID = "id";

    /** The home agency: indexed, with doc values. */
    public static final String AGENCY = "agency";

    /** The home unit: indexed, with doc values. */
    public static final String UNIT = "unit";

    /** The display name, stored. */
    public static final String DISPLAY_NAME = "displayName";

    /** The position title, stored. */
    public static final String POSITION_TITLE = "positionTitle";

    /** The lower-case display name, for sorting. */
    public static final String SORT_NAME = "sortName";

    /** Prefix of the analysed text fields. */
    public static final String TEXT = "tx.";

    /** Prefix of the keyword (facet) fields. */
    public static final String KEYWORD = "kw.";

    /** The endorsement strength of each word of each endorsed skill. */
    public static final String ENDORSED = "ft.skill";

    /** Text: names. */
    public static final String NAME = "name";

    /** Text: position title. */
    public static final String TITLE = "title";

    /** Text and keyword: skills. */
    public static final String SKILL = "skill";

    /** Text: biography. */
    public static final String BIO = "bio";

    /** Keyword: languages. */
    public static final String LANGUAGE = "language";

    /** Keyword: location. */
    public static final String LOCATION = "location";

    /** Keyword: open to cross-agency work. */
    public static final String OPEN = "open";

    private IndexFields()
    {
    }

    /**
     * @param base a field such as {@code tx.skill}
     * @param visibility the visibility of the value
     * @return the field that holds values of that visibility
     */
    public static String scoped(String base, Visibility visibility)
    {
        return base + '.' + switch (visibility) {
            case GOVERNMENT -> 'g';
            case AGENCY -> 'a';
            case PRIVATE -> 'p';
        };
    }
}
