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

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;

/**
 * Empties the person-owned fields a viewer may not see.
 *
 * @version $Id$
 */
public final class ProfileFilter
{
    private ProfileFilter()
    {
    }

    /**
     * @param details all the person-owned fields
     * @param shown the fields the viewer may see
     * @return the details with every other field empty
     */
    public static PersonalDetails keep(PersonalDetails details, Set<PersonalField> shown)
    {
        boolean availability = shown.contains(PersonalField.AVAILABILITY);
        return new PersonalDetails(only(details.preferredName(), shown, PersonalField.PREFERRED_NAME),
            only(details.pronouns(), shown, PersonalField.PRONOUNS),
            only(details.location(), shown, PersonalField.LOCATION),
            only(details.phone(), shown, PersonalField.PHONE),
            only(details.email(), shown, PersonalField.EMAIL),
            shown.contains(PersonalField.LANGUAGES) ? details.languages() : List.of(),
            shown.contains(PersonalField.SKILLS) ? details.skills() : List.of(),
            only(details.bio(), shown, PersonalField.BIO),
            availability && details.openToCrossAgencyWork(),
            availability ? details.availabilityNote() : Optional.empty(),
            shown.contains(PersonalField.LINKS) ? details.links() : List.of());
    }

    private static Optional<String> only(Optional<String> value, Set<PersonalField> shown, PersonalField field)
    {
        return shown.contains(field) ? value : Optional.empty();
    }
}
