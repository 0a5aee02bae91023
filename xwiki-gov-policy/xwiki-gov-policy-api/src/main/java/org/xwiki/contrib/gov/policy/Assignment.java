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
