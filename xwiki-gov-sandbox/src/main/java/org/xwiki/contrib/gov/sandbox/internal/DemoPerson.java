package org.xwiki.contrib.gov.sandbox.internal;

import java.util.Locale;
import java.util.Optional;

import org.xwiki.contrib.gov.role.GovRole;

/**
 * A demo user: login, name, home unit (whose key starts with the agency's), language and role.
 *
 * @param login the login, also the user id
 * @param name the display name
 * @param unit the home unit's key, {@code AGENCY-...}
 * @param locale the preferred language
 * @param role the role granted, if any
 * @version $Id$
 */
record DemoPerson(String login, String name, String unit, Locale locale, Optional<GovRole> role)
{
    /**
     * @return the home agency's key: the unit key's first part
     */
    String agency()
    {
        return this.unit.substring(0, this.unit.indexOf('-'));
    }
}
