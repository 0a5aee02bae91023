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
import java.util.Objects;

/**
 * Where a person sits: the manager chain up to the top, the direct reports, the members of the same unit.
 *
 * @param person the person
 * @param managerChain the manager, then the manager's manager, up to someone without a manager
 * @param directReports the people whose manager is the person
 * @param unitMembers the other active people of the person's unit, but for those in the manager chain or the direct
 *     reports
 * @version $Id$
 * @since 1.0
 */
public record OrgChart(PersonSummary person, List<PersonSummary> managerChain, List<PersonSummary> directReports,
    List<PersonSummary> unitMembers)
{
    /**
     * Checks and copies the fields.
     */
    public OrgChart
    {
        Objects.requireNonNull(person, "person");
        managerChain = List.copyOf(managerChain);
        directReports = List.copyOf(directReports);
        unitMembers = List.copyOf(unitMembers);
    }
}
