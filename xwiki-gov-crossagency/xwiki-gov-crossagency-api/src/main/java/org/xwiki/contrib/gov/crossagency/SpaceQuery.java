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
package org.xwiki.contrib.gov.crossagency;

import java.util.Objects;
import java.util.Optional;

/**
 * A search of the space directory: every filter is optional, and a space must match all the given ones.
 *
 * @param keywords words that must each appear in the space's name or purpose (either language), case-insensitive
 * @param agencyKey a participating agency
 * @param label a sensitivity label
 * @param policy a membership policy
 * @param offset how many matching spaces to skip
 * @param limit how many to return, at most {@link #MAX_LIMIT}
 * @version $Id$
 * @since 1.0
 */
public record SpaceQuery(Optional<String> keywords, Optional<String> agencyKey, Optional<String> label,
    Optional<MembershipPolicy> policy, int offset, int limit)
{
    /** The most spaces one page returns. */
    public static final int MAX_LIMIT = 100;

    /** The longest keywords. */
    public static final int MAX_KEYWORDS = 200;

    /**
     * Checks the fields and bounds the page.
     */
    public SpaceQuery
    {
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(policy, "policy");
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /**
     * @return every space the reader may see, first page
     */
    public static SpaceQuery all()
    {
        return new SpaceQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 20);
    }
}
