package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Optional;

/**
 * Profile values for tests.
 *
 * @version $Id$
 */
public final class ProfileFixtures
{
    private ProfileFixtures()
    {
    }

    /**
     * @param skills the skills
     * @param bio the biography, empty for none
     * @return details with those skills and that biography, a location and a phone
     */
    public static PersonalDetails details(List<String> skills, String bio)
    {
        return new PersonalDetails(Optional.empty(), Optional.of("they/them"), Optional.of("Ottawa"),
            Optional.of("+1 613 555 0100"), Optional.empty(), List.of(new LanguageSkill("fr", Proficiency.ADVANCED)),
            skills, Optional.of(bio).filter(text -> !text.isEmpty()), true, Optional.of("Two days a week"),
            List.of(new ProfessionalLink("Blog", "https://example.gov/blog", LinkCapacity.OFFICIAL)));
    }

    /**
     * @param name the display name
     * @param title the position title
     * @param manager the manager, empty for none
     * @return HR fields
     */
    public static HrFields hr(String name, String title, Optional<String> manager)
    {
        return new HrFields(name, Optional.of(title), Optional.of("EC-05"), manager);
    }
}
