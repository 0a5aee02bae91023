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
