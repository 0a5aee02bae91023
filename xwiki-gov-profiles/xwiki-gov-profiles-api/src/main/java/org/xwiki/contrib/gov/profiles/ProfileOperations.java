package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Set;

import org.xwiki.contrib.gov.role.EmployeeAccess;
import org.xwiki.contrib.gov.role.GovOperation;
import org.xwiki.contrib.gov.role.GovRole;

/**
 * The operations of the profiles module, checked by its services through
 * {@link org.xwiki.contrib.gov.role.GovAuthorization}.
 *
 * @version $Id$
 */
public final class ProfileOperations
{
    /** Read profiles and search the directory: every employee of every agency. */
    public static final GovOperation VIEW_DIRECTORY =
        new GovOperation("profiles.directory.view", Set.of(), EmployeeAccess.ALL_AGENCIES);

    /** Edit the HR-owned fields of the people of an agency, and import them. */
    public static final GovOperation EDIT_HR_FIELDS = new GovOperation("profiles.hr.edit",
        Set.of(GovRole.HR_OFFICER, GovRole.AGENCY_ADMIN), EmployeeAccess.NONE);

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
        return List.of(VIEW_DIRECTORY, EDIT_HR_FIELDS, MANAGE_SETTINGS);
    }
}
