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
package org.xwiki.contrib.gov.policy;

import java.util.List;
import java.util.Set;

import org.xwiki.contrib.gov.authorization.EmployeeAccess;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.role.GovRole;

/**
 * The operations of the policy module.
 *
 * @version $Id$
 * @since 1.0
 */
public final class PolicyOperations
{
    /**
     * Create, edit, publish and retire a guideline, and set its audience: on the owning agency (only government
     * administrators for a government-wide guideline).
     */
    public static final GovOperation MANAGE_GUIDELINE =
        new GovOperation("policy.guideline.manage", Set.of(GovRole.HR_OFFICER), EmployeeAccess.NONE);

    /** See compliance figures and overdue people: on the agency whose people they are. */
    public static final GovOperation VIEW_COMPLIANCE =
        new GovOperation("policy.compliance.view", Set.of(GovRole.HR_OFFICER), EmployeeAccess.NONE);

    /**
     * Record an acknowledgement on a person's behalf, extend their due date, exempt them: on the person's home agency.
     */
    public static final GovOperation MANAGE_ASSIGNMENT =
        new GovOperation("policy.assignment.manage", Set.of(GovRole.HR_OFFICER), EmployeeAccess.NONE);

    /** Read a guideline owned by an agency: that agency's employees (and anyone assigned it). */
    public static final GovOperation READ_AGENCY_GUIDELINE =
        new GovOperation("policy.guideline.read", Set.of(GovRole.HR_OFFICER), EmployeeAccess.HOME_AGENCY);

    /** Read a government-wide guideline: every employee. */
    public static final GovOperation READ_GOVERNMENT_GUIDELINE =
        new GovOperation("policy.guideline.readGovernment", Set.of(), EmployeeAccess.ALL_AGENCIES);

    private PolicyOperations()
    {
    }

    /**
     * @return every policy operation
     */
    public static List<GovOperation> all()
    {
        return List.of(MANAGE_GUIDELINE, VIEW_COMPLIANCE, MANAGE_ASSIGNMENT, READ_AGENCY_GUIDELINE,
            READ_GOVERNMENT_GUIDELINE);
    }
}
