package org.xwiki.contrib.gov.role;

/**
 * The roles that give rights beyond those of an ordinary employee.
 *
 * @version $Id$
 */
public enum GovRole
{
    /** Administers the whole government: every agency, every role. */
    GOV_ADMIN(false),
    /** Administers one agency: its units, its role grants, its people. */
    AGENCY_ADMIN(true),
    /** Handles the people matters of one agency: guidelines, acknowledgements, HR-owned profile fields. */
    HR_OFFICER(true);

    private final boolean agencyScoped;

    GovRole(boolean agencyScoped)
    {
        this.agencyScoped = agencyScoped;
    }

    /**
     * @return whether a grant of this role names one agency (otherwise it covers the whole government)
     */
    public boolean isAgencyScoped()
    {
        return this.agencyScoped;
    }
}
