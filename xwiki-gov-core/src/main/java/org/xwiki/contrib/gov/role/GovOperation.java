package org.xwiki.contrib.gov.role;

import java.util.Objects;
import java.util.Set;

/**
 * Something an actor may or may not do, and who may. Government administrators may do everything; beyond them, an
 * operation on an agency is open to the holders of {@link #agencyRoles()} for that agency, and to the employees that
 * {@link #employees()} names. Each module declares its operations as constants (see {@link CoreOperations}).
 *
 * @param name a stable name, used in messages and tests ({@code core.agency.create})
 * @param agencyRoles the agency-scoped roles that allow the operation on their agency
 * @param employees which employees without a role may perform it
 * @version $Id$
 */
public record GovOperation(String name, Set<GovRole> agencyRoles, EmployeeAccess employees)
{
    /**
     * Checks and copies the fields.
     */
    public GovOperation
    {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employees, "employees");
        agencyRoles = Set.copyOf(agencyRoles);
        if (agencyRoles.stream().anyMatch(role -> !role.isAgencyScoped())) {
            throw new IllegalArgumentException("Only agency-scoped roles can be listed: " + agencyRoles);
        }
    }
}
