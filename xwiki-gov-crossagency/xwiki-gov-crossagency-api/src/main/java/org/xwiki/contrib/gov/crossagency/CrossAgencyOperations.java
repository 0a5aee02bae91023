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
package org.xwiki.contrib.gov.crossagency;

import java.util.Set;

import org.xwiki.contrib.gov.authorization.EmployeeAccess;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.role.GovRole;

/**
 * What the cross-agency module lets people do.
 *
 * @version $Id$
 * @since 1.0
 */
public final class CrossAgencyOperations
{
    /** Propose a space: any public servant with a home agency. */
    public static final GovOperation PROPOSE_SPACE =
        new GovOperation("crossagency.space.propose", Set.of(), EmployeeAccess.ALL_AGENCIES);

    /** Approve or decline a proposed space for an agency: that agency's administrators. */
    public static final GovOperation DECIDE_FOR_AGENCY =
        new GovOperation("crossagency.space.decide", Set.of(GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    /** Archive any space, steward or not: government administrators. */
    public static final GovOperation ARCHIVE_ANY_SPACE =
        new GovOperation("crossagency.space.archiveAny", Set.of(), EmployeeAccess.NONE);

    /** Reopen an archived space: government administrators. */
    public static final GovOperation REOPEN_SPACE =
        new GovOperation("crossagency.space.reopen", Set.of(), EmployeeAccess.NONE);

    /** See every space whatever its policy: government administrators. */
    public static final GovOperation SEE_EVERY_SPACE =
        new GovOperation("crossagency.space.seeEvery", Set.of(), EmployeeAccess.NONE);

    /** See an agency's report of its spaces and export its people's memberships: its administrators. */
    public static final GovOperation VIEW_AGENCY_REPORT =
        new GovOperation("crossagency.report.view", Set.of(GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

    private CrossAgencyOperations()
    {
    }
}
