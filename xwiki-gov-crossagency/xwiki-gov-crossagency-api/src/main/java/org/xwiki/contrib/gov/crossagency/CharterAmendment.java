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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to an active space's charter that the agencies it affects approve before it takes effect: agencies added
 * (each approves), a label raised (every agency of the space approves, since its people may lose access).
 *
 * @param id the amendment
 * @param spaceKey the space
 * @param addedAgencies the agencies it adds, with their first stewards
 * @param newLabel the label it raises the space to, if it does
 * @param proposedBy the steward who proposed it
 * @param proposedAt when
 * @param status where it stands
 * @param approvals the decision of each agency asked
 * @version $Id$
 * @since 1.0
 */
public record CharterAmendment(long id, String spaceKey, List<AddedAgency> addedAgencies, Optional<String> newLabel,
    String proposedBy, Instant proposedAt, AmendmentStatus status, List<AgencyApproval> approvals)
{
    /**
     * Checks and copies the fields.
     */
    public CharterAmendment
    {
        Objects.requireNonNull(spaceKey, "spaceKey");
        addedAgencies = List.copyOf(addedAgencies);
        Objects.requireNonNull(newLabel, "newLabel");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(status, "status");
        approvals = List.copyOf(approvals);
    }
}
