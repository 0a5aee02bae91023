package org.xwiki.contrib.gov.role;

/**
 * Which employees, without any role, an operation is open to.
 *
 * @version $Id$
 */
public enum EmployeeAccess
{
    /** No employee without a role. */
    NONE,
    /** Employees whose home agency is the agency the operation applies to. */
    HOME_AGENCY,
    /** Every employee of every agency. */
    ALL_AGENCIES
}
