package org.xwiki.contrib.gov.policy;

/**
 * Whether a guideline is in force.
 *
 * @version $Id$
 */
public enum GuidelineStatus
{
    /** Editable and, once published, to be acknowledged. */
    ACTIVE,
    /** No longer in force: readable with its history, nothing to acknowledge. */
    RETIRED
}
