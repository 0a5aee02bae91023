package org.xwiki.contrib.gov;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the two official languages: a name, a title, a body.
 *
 * @param english the English text
 * @param french the French text
 * @version $Id$
 */
public record Bilingual(String english, String french)
{
    /**
     * Checks the fields.
     */
    public Bilingual
    {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
    }

    /**
     * @param locale the reader's locale
     * @return the French text for French readers, the English text for everyone else
     */
    public String in(Locale locale)
    {
        return in(locale.getLanguage());
    }

    /**
     * @param language a language code ({@code fr}, {@code en})
     * @return the French text for {@code fr}, the English text for any other language
     */
    public String in(String language)
    {
        return Locale.FRENCH.getLanguage().equals(language) ? this.french : this.english;
    }
}
