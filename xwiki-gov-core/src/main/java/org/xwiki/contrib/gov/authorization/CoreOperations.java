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
package org.xwiki.contrib.gov.authorization;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.role.GovRole;

/**
 * The operations of the kernel.
 *
 * @version $Id$
 * @since 1.0
 */
public final class CoreOperations
{
    /** Create an agency. */
    public static final GovOperation CREATE_AGENCY =
        new GovOperation("core.agency.create", Set.of(), EmployeeAccess.NONE);

    /** Rename an agency. */
    public static final GovOperation RENAME_AGENCY =
        new GovOperation("core.agency.rename", Set.of(GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    /** Create and rename the units of an agency. */
    public static final GovOperation MANAGE_UNITS =
        new GovOperation("core.unit.manage", Set.of(GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    /** Grant and revoke the agency-scoped roles of an agency, and list its grants. */
    public static final GovOperation MANAGE_AGENCY_ROLES =
        new GovOperation("core.role.manage", Set.of(GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    /** Grant and revoke {@link GovRole#GOV_ADMIN}. */
    public static final GovOperation MANAGE_GOVERNMENT_ROLES =
        new GovOperation("core.role.manageGovernment", Set.of(), EmployeeAccess.NONE);

    /** Set the home agency and unit of a person of an agency (moving them in or out). */
    public static final GovOperation ASSIGN_MEMBERSHIP = new GovOperation("core.membership.assign",
        Set.of(GovRole.AGENCY_ADMIN, GovRole.HR_OFFICER), EmployeeAccess.NONE);

    /** Record the security clearance of a person of an agency. */
    public static final GovOperation SET_CLEARANCE =
        new GovOperation("core.clearance.set", Set.of(GovRole.HR_OFFICER), EmployeeAccess.NONE);

    /** See the agencies and their units. */
    public static final GovOperation VIEW_AGENCIES =
        new GovOperation("core.agency.view", Set.of(), EmployeeAccess.ALL_AGENCIES);

    /** Verify the audit chain. */
    public static final GovOperation VERIFY_AUDIT =
        new GovOperation("core.audit.verify", Set.of(), EmployeeAccess.NONE);

    private static final List<GovOperation> ALL = List.of(CREATE_AGENCY, RENAME_AGENCY, MANAGE_UNITS,
        MANAGE_AGENCY_ROLES, MANAGE_GOVERNMENT_ROLES, ASSIGN_MEMBERSHIP, SET_CLEARANCE, VIEW_AGENCIES, VERIFY_AUDIT);

    private CoreOperations()
    {
    }

    /**
     * @return every kernel operation
     */
    public static List<GovOperation> all()
    {
        return ALL;
    }

    /**
     * @param name an operation name
     * @return the kernel operation of that name, if any
     */
    public static Optional<GovOperation> byName(String name)
    {
        return ALL.stream().filter(operation -> operation.name().equals(name)).findFirst();
    }
}
