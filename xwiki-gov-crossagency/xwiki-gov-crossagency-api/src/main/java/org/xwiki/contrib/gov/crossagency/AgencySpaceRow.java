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
import java.util.Objects;
import java.util.Optional;

/**
 * One space of an agency's report.
 *
 * @param space the space
 * @param activeMembers how many of the agency's people are active in it (everyone's, in the government-wide report)
 * @param suspendedMembers how many of them are suspended
 * @param reviewDeadline the deadline of its open access review, if one is open (overdue when past)
 * @param reviewConfirmed how many people of that review are confirmed so far
 * @param reviewTotal how many people that review holds
 * @version $Id$
 * @since 1.0
 */
public record AgencySpaceRow(SpaceSummary space, int activeMembers, int suspendedMembers,
    Optional<LocalDate> reviewDeadline, int reviewConfirmed, int reviewTotal)
{
    /**
     * Checks the fields.
     */
    public AgencySpaceRow
    {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(reviewDeadline, "reviewDeadline");
    }
}
