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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;

/**
 * Checks and normalises profile values: lengths, formats, skill tags. Each refusal names the field, with a translated
 * message key {@code gov.profiles.field.<field>.<required|tooLong|invalid|tooMany>}.
 *
 * @version $Id$
 */
@Component(roles = ProfileValidator.class)
@Singleton
public class ProfileValidator
{
    /** The most skills a person lists. */
    public static final int MAX_SKILLS = 50;

    /** The longest skill. */
    public static final int MAX_SKILL_LENGTH = 100;

    private static final String FIELD = "gov.profiles.field.";

    private static final int MAX_NAME = 200;

    private static final int MAX_LANGUAGES = 20;

    private static final int MAX_LINKS = 10;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-]{3,50}(?: (?:x|ext\\.?) ?[0-9]{1,6})?");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,3}");

    /**
     * @param hr the HR-owned fields
     * @return them trimmed
     * @throws GovException when one is missing, too long or invalid
     */
    public HrFields check(HrFields hr) throws GovException
    {
        return new HrFields(Inputs.requireText(FIELD + "displayName", hr.displayName(), MAX_NAME),
            optionalText("positionTitle", hr.positionTitle(), MAX_NAME),
            optionalText("classification", hr.classification(), 50),
            hr.managerId().flatMap(Inputs::optional));
    }

    /**
     * @param details the person-owned fields
     * @return them trimmed, the skills normalised and without duplicates
     * @throws GovException when one is too long or invalid
     */
    public PersonalDetails check(PersonalDetails details) throws GovException
    {
        return new PersonalDetails(optionalText("preferredName", details.preferredName(), MAX_NAME),
            optionalText("pronouns", details.pronouns(), 50),
            optionalText("location", details.location(), MAX_NAME),
            optionalMatching("phone", details.phone(), PHONE),
            optionalMatching("email", details.email(), EMAIL),
            checkLanguages(details.languages()), checkSkills(details.skills()),
            optionalMultiline("bio", details.bio(), 2000), details.openToCrossAgencyWork(),
            optionalMultiline("availabilityNote", details.availabilityNote(), 500), checkLinks(details.links()));
    }

    /**
     * @param skill a skill as typed
     * @return its tag: trimmed, lower case, single spaces
     * @throws GovException when it is empty, too long or holds control characters
     */
    public String normaliseSkill(String skill) throws GovException
    {
        String text = Inputs.requireText(FIELD + "skills", skill, MAX_SKILL_LENGTH);
        return WHITESPACE.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private List<String> checkSkills(List<String> skills) throws GovException
    {
        Set<String> tags = new LinkedHashSet<>();
        for (String skill : skills) {
            tags.add(normaliseSkill(skill));
        }
        if (tags.size() > MAX_SKILLS) {
            throw new GovException(FIELD + "skills.tooMany", MAX_SKILLS);
        }
        return List.copyOf(tags);
    }

    private static List<LanguageSkill> checkLanguages(List<LanguageSkill> languages) throws GovException
    {
        if (languages.size() > MAX_LANGUAGES) {
            throw new GovException(FIELD + "languages.tooMany", MAX_LANGUAGES);
        }
        List<LanguageSkill> checked = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LanguageSkill language : languages) {
            String tag = language.languageTag().strip();
            if (!LANGUAGE_TAG.matcher(tag).matches()) {
                throw new GovException(FIELD + "languages.invalid", tag);
            }
            String normalised = Locale.forLanguageTag(tag).toLanguageTag();
            if (seen.add(normalised)) {
                checked.add(new LanguageSkill(normalised, language.proficiency()));
            }
        }
        return checked;
    }

    private static List<ProfessionalLink> checkLinks(List<ProfessionalLink> links) throws GovException
    {
        if (links.size() > MAX_LINKS) {
            throw new GovException(FIELD + "links.tooMany", MAX_LINKS);
        }
        List<ProfessionalLink> checked = new ArrayList<>();
        for (ProfessionalLink link : links) {
            String label = Inputs.requireText(FIELD + "links.label", link.label(), MAX_NAME);
            String url = Inputs.requireText(FIELD + "links.url", link.url(), 2000);
            if (!isWebAddress(url)) {
                throw new GovException(FIELD + "links.url.invalid", url);
            }
            checked.add(new ProfessionalLink(label, url, link.capacity()));
        }
        return checked;
    }

    private static boolean isWebAddress(String url)
    {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> optionalText(String field, Optional<String> value, int maxLength)
        throws GovException
    {
        Optional<String> present = value.flatMap(Inputs::optional);
        return present.isEmpty() ? present : Optional.of(Inputs.requireText(FIELD + field, present.get(), maxLength));
    }

    private static Optional<String> optionalMultiline(String field, Optional<String> value, int maxLength)
        throws GovException
    {
        Optional<String> present = value.flatMap(Inputs::optional);
        return present.isEmpty() ? present
            : Optional.of(Inputs.requireMultilineText(FIELD + field, present.get(), maxLength));
    }

    private static Optional<String> optionalMatching(String field, Optional<String> value, Pattern pattern)
        throws GovException
    {
        Optional<String> present = optionalText(field, value, 254);
        if (present.isPresent() && !pattern.matcher(present.get()).matches()) {
            throw new GovException(FIELD + field + ".invalid", present.get());
        }
        return present;
    }
}
