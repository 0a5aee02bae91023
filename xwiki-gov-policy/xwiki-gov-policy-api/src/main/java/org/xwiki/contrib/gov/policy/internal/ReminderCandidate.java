package org.xwiki.contrib.gov.policy.internal;

import org.xwiki.contrib.gov.policy.Assignment;

/**
 * A pending assignment that a reminder or escalation is due for.
 *
 * @param assignment the assignment
 * @param currentVersion the current version of its guideline, whose title the message names
 * @version $Id$
 */
public record ReminderCandidate(Assignment assignment, int currentVersion)
{
}
