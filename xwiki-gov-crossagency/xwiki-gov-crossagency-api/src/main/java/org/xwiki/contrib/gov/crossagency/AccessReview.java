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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A space's open access review: its stewards confirm each member and guest by the deadline; whoever is not confirmed
 * then is suspended.
 *
 * @param id the review
 * @param spaceKey the space
 * @param openedAt when it opened
 * @param deadline the last day to confirm (UTC)
 * @param items the people to confirm, by user id
 * @version $Id$
 * @since 1.0
 */
public record AccessReview(long id, String spaceKey, Instant openedAt, LocalDate deadline, List<ReviewItem> items)
{
    /**
     * Checks and copies the fields.
     */
    public AccessReview
    {
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(deadline, "deadline");
        items = List.copyOf(items);
    }

    /**
     * @return how many people are confirmed so far
     */
    public int confirmedCount()
    {
        return (int) this.items.stream().filter(ReviewItem::confirmed).count();
    }
}
