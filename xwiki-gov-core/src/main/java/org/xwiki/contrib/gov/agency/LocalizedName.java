package org.xwiki.contrib.gov.agency;

import java.util.Locale;
import java.util.Objects;

/**
 * A name in the two official languages.
 *
 * @param english the English name
 * @param french the French name
 * @version $Id$
 */
public record LocalizedName(String english, String french)
{
    /**
     * Checks the fields.
     */
    public LocalizedName
    {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
    }

    /**
     * @param locale the reader's locale
     * @return the French name for French readers, the English name for everyone else
     */
    public String in(Locale locale)
    {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? this.french : this.english;
    }
}
