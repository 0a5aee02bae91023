package org.xwiki.contrib.gov.policy;

/**
 * Where a person's obligation to acknowledge a major version stands.
 * <p>
 * Closing a whole version writes nothing per assignment, so that it costs the same for ten people as for a million:
 * the pending assignments of a major version that a newer one replaced stay {@link #PENDING} in the store and no reader
 * looks at them again (every reader works on the current major version), and those of a retired guideline are read as
 * {@link #WITHDRAWN} (see {@link #under(GuidelineStatus)}).
 *
 * @version $Id$
 */
public enum AssignmentState
{
    /** To acknowledge (overdue once the due date has passed). */
    PENDING,
    /** Acknowledged. */
    DONE,
    /** Exempted by HR, with a recorded reason. */
    EXEMPT,
    /** No longer required: the person left the audience, or the guideline was retired. */
    WITHDRAWN;

    /**
     * @param status where the assignment's guideline stands
     * @return the state as readers are shown it: what was still pending when the guideline was retired is withdrawn
     */
    public AssignmentState under(GuidelineStatus status)
    {
        return this == PENDING && status == GuidelineStatus.RETIRED ? WITHDRAWN : this;
    }
}
