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
