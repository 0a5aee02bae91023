package org.xwiki.contrib.gov.profiles;

/**
 * Why a directory hit matched: the fields the keywords were found in, among those the searcher may see.
 *
 * @version $Id$
 */
public enum MatchedField
{
    /** The display or preferred name. */
    NAME,
    /** The position title. */
    TITLE,
    /** A skill. */
    SKILL,
    /** The biography. */
    BIO
}
