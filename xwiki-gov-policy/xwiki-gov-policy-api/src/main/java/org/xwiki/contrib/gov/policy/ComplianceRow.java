package org.xwiki.contrib.gov.policy;

import org.xwiki.contrib.gov.Bilingual;

/**
 * The counts of one agency or unit.
 *
 * @param key the agency or unit key ({@code ""} for people without a unit)
 * @param name its name
 * @param counts its counts
 * @version $Id$
 */
public record ComplianceRow(String key, Bilingual name, ComplianceCounts counts)
{
}
