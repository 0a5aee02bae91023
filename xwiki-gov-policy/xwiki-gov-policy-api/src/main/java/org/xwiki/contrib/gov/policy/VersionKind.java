package org.xwiki.contrib.gov.policy;

/**
 * What a new version means for those who acknowledged the previous ones.
 *
 * @version $Id$
 */
public enum VersionKind
{
    /** A change of substance: everyone in the audience acknowledges again. */
    MAJOR,
    /** An editorial change: existing acknowledgements carry forward. */
    MINOR
}
