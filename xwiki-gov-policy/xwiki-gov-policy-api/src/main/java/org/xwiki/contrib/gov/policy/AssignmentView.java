package org.xwiki.contrib.gov.policy;

/**
 * One of "my guidelines": an assignment with the version to read.
 *
 * @param assignment the assignment
 * @param version the current version of the guideline
 * @param overdue whether it is still to acknowledge after its due date
 * @version $Id$
 */
public record AssignmentView(Assignment assignment, GuidelineVersion version, boolean overdue)
{
}
