package org.xwiki.contrib.gov.policy;

import java.util.Optional;

/**
 * A published guideline as its readers see it: its current version, never its draft.
 *
 * @param key the guideline's key
 * @param agencyKey the owning agency, empty for a government-wide guideline
 * @param status in force or retired
 * @param currentVersion the latest published version
 * @version $Id$
 */
public record PublishedGuideline(String key, Optional<String> agencyKey, GuidelineStatus status,
    GuidelineVersion currentVersion)
{
}
