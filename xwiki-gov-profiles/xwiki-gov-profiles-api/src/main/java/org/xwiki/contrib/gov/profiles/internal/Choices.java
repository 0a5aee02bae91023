package org.xwiki.contrib.gov.profiles.internal;

import java.util.Locale;

import org.xwiki.contrib.gov.GovException;

/**
 * Reads a choice among an enumeration's constants, refusing others with a translated message.
 *
 * @version $Id$
 */
public final class Choices
{
    private Choices()
    {
    }

    /**
     * @param <E> the enumeration
     * @param type the enumeration's class
     * @param value the submitted name, in any case
     * @param errorKey the translation key of the refusal, whose parameter is the value
     * @return the constant
     * @throws GovException when the value names none
     */
    public static <E extends Enum<E>> E of(Class<E> type, String value, String errorKey) throws GovException
    {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GovException(errorKey, value);
        }
    }
}
