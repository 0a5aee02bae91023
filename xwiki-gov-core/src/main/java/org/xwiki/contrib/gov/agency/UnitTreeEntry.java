package org.xwiki.contrib.gov.agency;

/**
 * A unit at its place in its agency's tree, for listing the tree top-down.
 *
 * @param unit the unit
 * @param depth 0 for a top-level unit, 1 for its children, and so on
 * @version $Id$
 */
public record UnitTreeEntry(OrgUnit unit, int depth)
{
}
