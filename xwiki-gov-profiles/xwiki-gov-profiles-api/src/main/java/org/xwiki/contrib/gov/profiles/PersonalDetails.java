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
import java.util.Optional;

/**
 * The profile fields a person owns. In a {@link ProfileView}, the fields the viewer may not see are empty.
 *
 * @param preferredName the name the person goes by
 * @param pronouns pronouns
 * @param location work location
 * @param phone work phone
 * @param email work e-mail
 * @param languages languages spoken
 * @param skills normalised skill tags, in the person's order
 * @param bio short biography
 * @param openToCrossAgencyWork whether the person welcomes cross-agency work
 * @param availabilityNote what kind of work and when
 * @param links professional links
 * @version $Id$
 * @since 1.0
 */
public record PersonalDetails(Optional<String> preferredName, Optional<String> pronouns, Optional<String> location,
    Optional<String> phone, Optional<String> email, List<LanguageSkill> languages, List<String> skills,
    Optional<String> bio, boolean openToCrossAgencyWork, Optional<String> availabilityNote,
    List<ProfessionalLink> links)
{
    /** Nothing filled in. */
    public static final PersonalDetails EMPTY = new PersonalDetails(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), false,
        Optional.empty(), List.of());

    /**
     * Checks and copies the fields.
     */
    public PersonalDetails
    {
        Objects.requireNonNull(preferredName, "preferredName");
        Objects.requireNonNull(pronouns, "pronouns");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        languages = List.copyOf(languages);
        skills = List.copyOf(skills);
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(availabilityNote, "availabilityNote");
        links = List.copyOf(links);
    }
}
