package org.xwiki.contrib.gov.policy.internal;

import org.xwiki.contrib.gov.policy.Assignment;

/**
 * A person's assignment of a guideline's current major version, locked until the transaction ends, and where the
 * guideline stands.
 *
 * @param guideline where the guideline stands
 * @param assignment the assignment
 * @version $Id$
 */
record LockedAssignment(GuidelineStanding guideline, Assignment assignment)
{
}
