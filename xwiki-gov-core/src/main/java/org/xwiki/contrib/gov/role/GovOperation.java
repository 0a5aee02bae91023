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
 * @since 1.0
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
