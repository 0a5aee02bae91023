/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
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
