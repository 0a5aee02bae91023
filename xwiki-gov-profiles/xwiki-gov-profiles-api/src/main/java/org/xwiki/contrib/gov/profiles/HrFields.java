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

import java.util.Objects;
import java.util.Optional;

/**
 * The profile fields HR owns, edited by the HR officers and agency administrators of the person's agency, or by an
 * import. The home agency and unit come from the kernel's membership registry. These fields are visible to every
 * employee.
 *
 * @param displayName the person's name as HR records it
 * @param positionTitle the position title
 * @param classification the classification and level, e.g. {@code EC-05}
 * @param managerId the user id of the person's manager
 * @version $Id$
 * @since 1.0
 */
public record HrFields(String displayName, Optional<String> positionTitle, Optional<String> classification,
    Optional<String> managerId)
{
    /**
     * Checks the fields.
     */
    public HrFields
    {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(positionTitle, "positionTitle");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(managerId, "managerId");
    }
}
