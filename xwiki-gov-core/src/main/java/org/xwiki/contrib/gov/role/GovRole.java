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
package org.xwiki.contrib.gov.role;

/**
 * The roles that give rights beyond those of an ordinary employee.
 *
 * @version $Id$
 * @since 1.0
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
