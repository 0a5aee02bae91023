package org.xwiki.contrib.gov.profiles;

/**
 * The profile fields a person owns and edits, each shown with its own {@link Visibility}.
 *
 * @version $Id$
 */
public enum PersonalField
{
    /** The name the person goes by. */
    PREFERRED_NAME(Visibility.GOVERNMENT),
    /** Pronouns. */
    PRONOUNS(Visibility.GOVERNMENT),
    /** Work location (city, building). */
    LOCATION(Visibility.GOVERNMENT),
    /** Work phone. */
    PHONE(Visibility.AGENCY),
    /** Work e-mail. */
    EMAIL(Visibility.GOVERNMENT),
    /** Languages with proficiency. */
    LANGUAGES(Visibility.GOVERNMENT),
    /** Skills and expertise. */
    SKILLS(Visibility.GOVERNMENT),
    /** Short biography. */
    BIO(Visibility.GOVERNMENT),
    /** Open to cross-agency work, with an availability note. */
    AVAILABILITY(Visibility.GOVERNMENT),
    /** Professional links. */
    LINKS(Visibility.GOVERNMENT);

    private final Visibility builtInDefault;

    PersonalField(Visibility builtInDefault)
    {
        this.builtInDefault = builtInDefault;
    }

    /**
     * @return the visibility used when neither the person nor their agency chose one
     */
    public Visibility getBuiltInDefault()
    {
        return this.builtInDefault;
    }
}
