package org.xwiki.contrib.gov.profiles;

import java.util.Optional;

/**
 * The facets of the directory search.
 *
 * @version $Id$
 */
public enum DirectoryFacet
{
    /** Home agency (always visible). */
    AGENCY(Optional.empty()),
    /** Home unit (always visible). */
    UNIT(Optional.empty()),
    /** Skills. */
    SKILL(Optional.of(PersonalField.SKILLS)),
    /** Languages spoken. */
    LANGUAGE(Optional.of(PersonalField.LANGUAGES)),
    /** Work location. */
    LOCATION(Optional.of(PersonalField.LOCATION)),
    /** Open to cross-agency work ({@code true} only). */
    OPEN_TO_COLLABORATION(Optional.of(PersonalField.AVAILABILITY));

    private final Optional<PersonalField> field;

    DirectoryFacet(Optional<PersonalField> field)
    {
        this.field = field;
    }

    /**
     * @return the person-owned field whose visibility governs this facet, empty when always visible
     */
    public Optional<PersonalField> getField()
    {
        return this.field;
    }
}
