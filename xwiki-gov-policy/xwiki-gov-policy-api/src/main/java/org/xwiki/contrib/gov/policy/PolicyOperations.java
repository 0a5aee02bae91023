package org.xwiki.contrib.gov.policy;

import java.util.List;
import java.util.Set;

import org.xwiki.contrib.gov.role.EmployeeAccess;
import org.xwiki.contrib.gov.role.GovOperation;
import org.xwiki.contrib.gov.role.GovRole;

/**
 * The operations of the policy module.
 *
 * @version $Id$
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
