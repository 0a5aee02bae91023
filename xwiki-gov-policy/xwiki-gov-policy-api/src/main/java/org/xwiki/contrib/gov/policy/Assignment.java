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
package org.xwiki.contrib.gov.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's obligation to acknowledge one major version of a guideline.
 *
 * @param id the assignment's id
 * @param guidelineKey the guideline
 * @param majorVersion the major version to acknowledge (or any later minor version)
 * @param userId the person
 * @param agencyKey the person's home agency when assigned
 * @param unitKey the person's unit when assigned
 * @param assignedAt when
 * @param dueDate the date by which to acknowledge
 * @param state where it stands
 * @param reason why it was exempted, extended or withdrawn, if it was
 * @version $Id$
 * @since 1.0
 */
public record Assignment(long id, String guidelineKey, int majorVersion, String userId, String agencyKey,
    Optional<String> unitKey, Instant assignedAt, LocalDate dueDate, AssignmentState state, Optional<String> reason)
{
    /**
     * Checks the fields.
     */
    public Assignment
    {
        Objects.requireNonNull(guidelineKey, "guidelineKey");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(unitKey, "unitKey");
        Objects.requireNonNull(assignedAt, "assignedAt");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param today the current date
     * @return whether it is still to acknowledge and its due date has passed
     */
    public boolean isOverdue(LocalDate today)
    {
        return this.state == AssignmentState.PENDING && this.dueDate.isBefore(today);
    }
}
