package org.xwiki.contrib.gov.profiles;

/**
 * Who may see a person-owned profile field. Enforced by the services and by the directory search: a hidden value is
 * never shown, matched, ranked or counted in a facet.
 *
 * @version $Id$
 */
public enum Visibility
{
    /** Every employee of every agency. */
    GOVERNMENT,
    /** Employees of the person's own agency (and its HR officers). */
    AGENCY,
    /** The person and the HR officers of their agency. */
    PRIVATE
}
