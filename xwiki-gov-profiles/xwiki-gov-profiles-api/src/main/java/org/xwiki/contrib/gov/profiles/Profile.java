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

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A civil servant's whole profile, as stored; the services hand out {@link ProfileView}s filtered for the viewer.
 *
 * @param userId the person
 * @param agencyKey the home agency, from the kernel's registry
 * @param unitKey the home unit, from the kernel's registry
 * @param hr the HR-owned fields
 * @param details the person-owned fields
 * @param visibilities the visibility of each person-owned field (every field present)
 * @param active {@code false} once an HR import deactivated the person; a deactivated profile is kept but not listed
 * @param updatedAt the last change, epoch milliseconds
 * @version $Id$
 * @since 1.0
 */
public record Profile(String userId, Optional<String> agencyKey, Optional<String> unitKey, HrFields hr,
    PersonalDetails details, Map<PersonalField, Visibility> visibilities, boolean active, long updatedAt)
{
    /**
     * Checks and copies the fields.
     */
    public Profile
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(unitKey, "unitKey");
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(details, "details");
        EnumMap<PersonalField, Visibility> all = new EnumMap<>(PersonalField.class);
        for (PersonalField field : PersonalField.values()) {
            all.put(field, visibilities.getOrDefault(field, field.getBuiltInDefault()));
        }
        visibilities = Map.copyOf(all);
    }

    /**
     * @param field a person-owned field
     * @return who may see it
     */
    public Visibility visibilityOf(PersonalField field)
    {
        return this.visibilities.get(field);
    }
}
