package org.xwiki.contrib.gov.policy.internal;

import java.util.Set;

/**
 * The agencies whose figures a reader may see for one guideline.
 *
 * @param everyAgency whether they may see every agency (government administrators)
 * @param agencies otherwise, the agencies they may see
 * @version $Id$
 */
public record ComplianceScope(boolean everyAgency, Set<String> agencies)
{
    /**
     * Copies the agencies.
     */
    public ComplianceScope
    {
        agencies = Set.copyOf(agencies);
    }

    /**
     * @param agencyKey an agency
     * @return whether its figures are visible
     */
    public boolean includes(String agencyKey)
    {
        return this.everyAgency || this.agencies.contains(agencyKey);
    }

    /**
     * @return whether nothing is visible
     */
    public boolean isEmpty()
    {
        return !this.everyAgency && this.agencies.isEmpty();
    }
}
