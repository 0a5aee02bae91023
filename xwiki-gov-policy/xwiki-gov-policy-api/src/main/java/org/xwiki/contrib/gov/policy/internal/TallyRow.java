package org.xwiki.contrib.gov.policy.internal;

/**
 * A counter of the tally and its value.
 *
 * @param key the counter
 * @param count how many assignments it counts
 * @version $Id$
 */
public record TallyRow(TallyKey key, long count)
{
}
