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
package org.xwiki.contrib.gov.profiles.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.input.RequestParameters;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.Visibility;

/**
 * Reads the "edit my profile" form: the text fields by name, the skills separated by commas or lines, the languages
 * and links as numbered rows ({@code language-0}, {@code proficiency-0}; {@code linkLabel-0}, {@code linkUrl-0},
 * {@code linkCapacity-0}), a blank row being skipped, and each field's visibility as {@code visibility-<FIELD>}.
 * Values are checked by {@link ProfileValidator} afterwards; this only refuses what it cannot read.
 *
 * @param details the person-owned values
 * @param visibilities the visibility chosen for each field sent
 * @version $Id$
 */
public record ProfileForm(PersonalDetails details, Map<PersonalField, Visibility> visibilities)
{
    /** The most language rows read. */
    public static final int MAX_LANGUAGE_ROWS = 20;

    /** The most link rows read. */
    public static final int MAX_LINK_ROWS = 10;

    private static final String FIELD = "gov.profiles.field.";

    /**
     * Copies the values.
     */
    public ProfileForm
    {
        visibilities = Map.copyOf(visibilities);
    }

    /**
     * @param parameters the request's parameters: each value a {@code String[]}, a collection or a string
     * @return the form's values
     * @throws GovException when a proficiency, capacity or visibility is not one of the choices
     */
    public static ProfileForm read(Map<String, ?> parameters) throws GovException
    {
        Map<String, ?> values = parameters == null ? Map.of() : parameters;
        PersonalDetails details = new PersonalDetails(optional(values, "preferredName"), optional(values, "pronouns"),
            optional(values, "location"), optional(values, "phone"), optional(values, "email"), languages(values),
            skills(first(values, "skills")), optional(values, "bio"), "true".equals(first(values, "open")),
            optional(values, "availabilityNote"), links(values));
        return new ProfileForm(details, visibilities(values));
    }

    /**
     * @param parameters the request's parameters, {@code visibility-<FIELD>} for each field chosen
     * @return the visibility chosen for each field; the fields without a choice are absent
     * @throws GovException when a visibility is not one of the choices
     */
    public static Map<PersonalField, Visibility> visibilities(Map<String, ?> parameters) throws GovException
    {
        Map<String, ?> values = parameters == null ? Map.of() : parameters;
        Map<PersonalField, Visibility> visibilities = new EnumMap<>(PersonalField.class);
        for (PersonalField field : PersonalField.values()) {
            Optional<String> visibility = optional(values, "visibility-" + field.name());
            if (visibility.isPresent()) {
                visibilities.put(field, Choices.of(Visibility.class, visibility.get(), FIELD + "visibility.invalid"));
            }
        }
        return visibilities;
    }

    /**
     * @param text skills separated by commas, semicolons or lines
     * @return each skill, trimmed, blanks left out
     */
    public static List<String> skills(String text)
    {
        return Arrays.stream(text.split("[,;\\n\\r]+")).map(String::strip).filter(skill -> !skill.isEmpty()).toList();
    }

    private static List<LanguageSkill> languages(Map<String, ?> values) throws GovException
    {
        List<LanguageSkill> languages = new ArrayList<>();
        for (int row = 0; row < MAX_LANGUAGE_ROWS; row++) {
            Optional<String> tag = optional(values, "language-" + row);
            if (tag.isPresent()) {
                languages.add(new LanguageSkill(tag.get(), Choices.of(Proficiency.class,
                    optional(values, "proficiency-" + row).orElse(Proficiency.INTERMEDIATE.name()),
                    FIELD + "languages.proficiency.invalid")));
            }
        }
        return languages;
    }

    private static List<ProfessionalLink> links(Map<String, ?> values) throws GovException
    {
        List<ProfessionalLink> links = new ArrayList<>();
        for (int row = 0; row < MAX_LINK_ROWS; row++) {
            String label = first(values, "linkLabel-" + row);
            String url = first(values, "linkUrl-" + row);
            if (!label.isBlank() || !url.isBlank()) {
                links.add(new ProfessionalLink(label, url, Choices.of(LinkCapacity.class,
                    optional(values, "linkCapacity-" + row).orElse(LinkCapacity.OFFICIAL.name()),
                    FIELD + "links.capacity.invalid")));
            }
        }
        return links;
    }

    private static Optional<String> optional(Map<String, ?> values, String name)
    {
        return Inputs.optional(first(values, name));
    }

    private static String first(Map<String, ?> values, String name)
    {
        return RequestParameters.first(values, name);
    }
}
