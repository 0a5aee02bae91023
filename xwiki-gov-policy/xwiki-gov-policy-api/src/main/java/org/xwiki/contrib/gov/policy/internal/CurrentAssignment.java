package org.xwiki.contrib.gov.policy.internal;

import org.xwiki.contrib.gov.policy.Assignment;

/**
 * A person's assignment of a guideline's current major version, with the guideline's current version: the one a
 * reader is shown, and whose title a reminder names.
 *
 * @param assignment the assignment
 * @param currentVersion the current version of its guideline
 * @version $Id$
 */
public record CurrentAssignment(Assignment assignment, int currentVersion)
{
}
