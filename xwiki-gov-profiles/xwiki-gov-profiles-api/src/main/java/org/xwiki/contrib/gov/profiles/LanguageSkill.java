package org.xwiki.contrib.gov.profiles;

import java.util.Objects;

/**
 * A language a person speaks.
 *
 * @param languageTag the BCP 47 language tag, e.g. {@code fr} or {@code en}
 * @param proficiency how well
 * @version $Id$
 */
public record LanguageSkill(String languageTag, Proficiency proficiency)
{
    /**
     * Checks the fields.
     */
    public LanguageSkill
    {
        Objects.requireNonNull(languageTag, "languageTag");
        Objects.requireNonNull(proficiency, "proficiency");
    }
}
