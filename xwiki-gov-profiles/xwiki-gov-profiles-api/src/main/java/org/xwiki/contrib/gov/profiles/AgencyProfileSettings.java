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
import java.util.List;
import java.util.Map;

/**
 * What an agency set for its people's profiles.
 *
 * @param agencyKey the agency
 * @param defaults the visibility each field gets until the person chooses, for the fields the agency set
 * @param skillVocabulary the skills its people may add, in alphabetical order; empty when any skill is allowed
 * @version $Id$
 * @since 1.0
 */
public record AgencyProfileSettings(String agencyKey, Map<PersonalField, Visibility> defaults,
    List<String> skillVocabulary)
{
    /**
     * Copies the values.
     */
    public AgencyProfileSettings
    {
        defaults = defaults.isEmpty() ? Map.of() : new EnumMap<>(defaults);
        skillVocabulary = List.copyOf(skillVocabulary);
    }

    /**
     * @param field a person-owned field
     * @return the visibility the field gets until the person chooses: the agency's, or else the built-in one
     */
    public Visibility defaultOf(PersonalField field)
    {
        return this.defaults.getOrDefault(field, field.getBuiltInDefault());
    }

    /**
     * @return whether the agency's people add skills from its vocabulary only
     */
    public boolean hasSkillVocabulary()
    {
        return !this.skillVocabulary.isEmpty();
    }
}
