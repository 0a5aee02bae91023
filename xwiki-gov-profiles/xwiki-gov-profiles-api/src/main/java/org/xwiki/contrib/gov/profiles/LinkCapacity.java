package org.xwiki.contrib.gov.profiles;

/**
 * In which capacity a person declares a professional link.
 *
 * @version $Id$
 */
public enum LinkCapacity
{
    /** On behalf of their agency. */
    OFFICIAL,
    /** In a personal capacity. */
    PERSONAL
}
