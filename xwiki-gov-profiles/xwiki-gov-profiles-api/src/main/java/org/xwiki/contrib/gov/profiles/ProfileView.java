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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A profile as one viewer may see it: the person-owned fields the viewer may not see are empty and absent from
 * {@link #shownFields()}.
 *
 * @param userId the person
 * @param agencyKey the home agency
 * @param unitKey the home unit
 * @param hr the HR-owned fields
 * @param details the person-owned fields the viewer may see
 * @param skills the visible skills with their endorsements (empty when the skills are hidden)
 * @param shownFields the person-owned fields the viewer may see
 * @param visibilities the visibility of each field, only for the person and those who may edit it (otherwise empty)
 * @param active whether the person is active
 * @param editable whether the viewer may edit the person-owned fields (only the person)
 * @param hrEditable whether the viewer may edit the HR-owned fields
 * @version $Id$
 * @since 1.0
 */
public record ProfileView(String userId, Optional<String> agencyKey, Optional<String> unitKey, HrFields hr,
    PersonalDetails details, List<SkillView> skills, Set<PersonalField> shownFields,
    Map<PersonalField, Visibility> visibilities, boolean active, boolean editable, boolean hrEditable)
{
    /**
     * Checks and copies the fields.
     */
    public ProfileView
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(unitKey, "unitKey");
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(details, "details");
        skills = List.copyOf(skills);
        shownFields = Set.copyOf(shownFields);
        visibilities = Map.copyOf(visibilities);
    }

    /**
     * @param field a person-owned field
     * @return whether the viewer may see it
     */
    public boolean isShown(PersonalField field)
    {
        return this.shownFields.contains(field);
    }
}
