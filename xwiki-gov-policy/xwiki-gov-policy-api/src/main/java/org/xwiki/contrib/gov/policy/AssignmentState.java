package org.xwiki.contrib.gov.policy;

/**
 * Where a person's obligation to acknowledge a major version stands.
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
    WITHDRAWN,
    /** Replaced by the assignment of a newer major version. */
    SUPERSEDED
}
