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
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.Visibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads "update my profile" from the JSON API: {@code {"details": {...}, "visibilities": {"PHONE": "PRIVATE"}}},
 * {@code details} having the shape the API returns ({@code preferredName}, {@code languages: [{languageTag,
 * proficiency}]}, {@code skills: [...]}, {@code links: [{label, url, capacity}]}...). A missing value is empty.
 *
 * @version $Id$
 */
public final class ProfileJson
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FIELD = "gov.profiles.field.";

    private ProfileJson()
    {
    }

    /**
     * @param body the request body
     * @return the values it holds
     * @throws GovException when it is not JSON, or a choice is not one of those allowed
     */
    public static ProfileForm read(String body) throws GovException
    {
        JsonNode root;
        try {
            root = JSON.readTree(body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new GovException("gov.core.error.rest.badJson", e.getOriginalMessage());
        }
        JsonNode details = root.path("details");
        List<LanguageSkill> languages = new ArrayList<>();
        for (JsonNode language : details.path("languages")) {
            languages.add(new LanguageSkill(language.path("languageTag").asText(""), Choices.of(Proficiency.class,
                language.path("proficiency").asText(Proficiency.INTERMEDIATE.name()),
                FIELD + "languages.proficiency.invalid")));
        }
        List<String> skills = new ArrayList<>();
        details.path("skills").forEach(skill -> skills.add(skill.asText("")));
        List<ProfessionalLink> links = new ArrayList<>();
        for (JsonNode link : details.path("links")) {
            links.add(new ProfessionalLink(link.path("label").asText(""), link.path("url").asText(""),
                Choices.of(LinkCapacity.class, link.path("capacity").asText(LinkCapacity.OFFICIAL.name()),
                    FIELD + "links.capacity.invalid")));
        }
        PersonalDetails values = new PersonalDetails(text(details, "preferredName"), text(details, "pronouns"),
            text(details, "location"), text(details, "phone"), text(details, "email"), languages, skills,
            text(details, "bio"), details.path("openToCrossAgencyWork").asBoolean(false),
            text(details, "availabilityNote"), links);
        Map<PersonalField, Visibility> visibilities = new EnumMap<>(PersonalField.class);
        Iterator<Map.Entry<String, JsonNode>> entries = root.path("visibilities").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            visibilities.put(Choices.of(PersonalField.class, entry.getKey(), FIELD + "visibility.unknownField"),
                Choices.of(Visibility.class, entry.getValue().asText(""), FIELD + "visibility.invalid"));
        }
        return new ProfileForm(values, visibilities);
    }

    private static Optional<String> text(JsonNode node, String name)
    {
        JsonNode value = node.path(name);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }
}
