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

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an agency's administrators see of the spaces their agency takes part in (or a government administrator of
 * every space): its people in each, the guests its stewards sponsor and when each ends, the open access reviews.
 *
 * @param agencyKey the agency, or empty for every space
 * @param spaces the spaces, by key
 * @param guests the guests, earliest end first
 * @param today the day the report was made (UTC): a review deadline before it is overdue
 * @version $Id$
 * @since 1.0
 */
public record AgencySpaceReport(Optional<String> agencyKey, List<AgencySpaceRow> spaces, List<SponsoredGuest> guests,
    LocalDate today)
{
    /**
     * Checks and copies the fields.
     */
    public AgencySpaceReport
    {
        Objects.requireNonNull(agencyKey, "agencyKey");
        spaces = List.copyOf(spaces);
        guests = List.copyOf(guests);
        Objects.requireNonNull(today, "today");
    }
}
