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

/**
 * A cross-agency space as it stands: its charter, its status, each participating agency's decision.
 *
 * @param charter what its proposal says (the stewards as named then)
 * @param status where it stands
 * @param proposedBy who proposed it
 * @param proposedAt when
 * @param approvals each participating agency's decision, by agency key
 * @version $Id$
 * @since 1.0
 */
public record Space(SpaceCharter charter, SpaceStatus status, String proposedBy, Instant proposedAt,
    List<AgencyApproval> approvals)
{
    /**
     * Checks and copies the fields.
     */
    public Space
    {
        Objects.requireNonNull(charter, "charter");
        Objects.requireNonNull(status, "status");
        approvals = List.copyOf(approvals);
    }

    /**
     * @return the space's key
     */
    public String key()
    {
        return this.charter.key();
    }
}
