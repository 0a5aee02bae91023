package org.xwiki.contrib.gov.policy.internal;

import org.xwiki.contrib.gov.policy.GuidelineStatus;

/**
 * Where a guideline's publication stands, without its draft: what an acknowledgement or an HR decision on an
 * assignment needs to read, however long the guideline's text.
 *
 * @param key the guideline's key
 * @param status in force or retired
 * @param currentVersion the number of the latest published version, 0 before the first publication
 * @param currentMajor the number of the latest major version
 * @version $Id$
 */
record GuidelineStanding(String key, GuidelineStatus status, int currentVersion, int currentMajor)
{
    /**
     * @return whether a version has been published
     */
    boolean isPublished()
    {
        return this.currentVersion > 0;
    }
}
