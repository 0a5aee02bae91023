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
package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Set;

import org.xwiki.contrib.gov.authorization.EmployeeAccess;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.role.GovRole;

/**
 * The operations of the profiles module, checked by its services through
 * {@link org.xwiki.contrib.gov.authorization.GovAuthorization}.
 *
 * @version $Id$
 * @since 1.0
 */
public final class ProfileOperations
{
    /** Read profiles and search the directory: every employee of every agency. */
    public static final GovOperation VIEW_DIRECTORY =
        new GovOperation("profiles.directory.view", Set.of(), EmployeeAccess.ALL_AGENCIES);

    /** Edit the HR-owned fields of the people of an agency, and import them. */
    public static final GovOperation EDIT_HR_FIELDS = new GovOperation("profiles.hr.edit",
        Set.of(GovRole.HR_OFFICER, GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    /**
     * Name a manager from another agency than the person's own: government administrators only, since escalations
     * about the person's guidelines then go to that agency and the org chart crosses agencies.
     */
    public static final GovOperation SET_CROSS_AGENCY_MANAGER =
        new GovOperation("profiles.hr.crossAgencyManager", Set.of(), EmployeeAccess.NONE);

    /** Set an agency's default field visibilities. */
    public static final GovOperation MANAGE_SETTINGS =
        new GovOperation("profiles.settings.manage", Set.of(GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    private ProfileOperations()
    {
    }

    /**
     * @return every operation of the module
     */
    public static List<GovOperation> all()
    {
        return List.of(VIEW_DIRECTORY, EDIT_HR_FIELDS, SET_CROSS_AGENCY_MANAGER, MANAGE_SETTINGS);
    }
}
