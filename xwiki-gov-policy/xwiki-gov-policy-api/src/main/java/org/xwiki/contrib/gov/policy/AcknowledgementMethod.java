package org.xwiki.contrib.gov.policy;

/**
 * How an acknowledgement was made.
 *
 * @version $Id$
 */
public enum AcknowledgementMethod
{
    /** By the person, in the wiki. */
    SELF_SERVICE,
    /** Recorded by HR on the person's behalf (staff without wiki access), with a note. */
    ON_BEHALF
}
