package org.xwiki.contrib.gov.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.xwiki.contrib.gov.GovException;

/**
 * Checks of user input that fail with a translated message. Each check takes the translation key prefix of the field
 * ({@code gov.core.agency.nameEn}) and fails with {@code <prefix>.required}, {@code <prefix>.tooLong} (parameter: the
 * limit) or {@code <prefix>.invalid}.
 *
 * @version $Id$
 */
public final class Inputs
{
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    private Inputs()
    {
    }

    /**
     * @param fieldKey the translation key prefix of the field
     * @param value the submitted value, possibly {@code null}
     * @param maxLength the longest value accepted, after trimming
     * @return the value, trimmed
     * @throws GovException when the value is missing, blank, too long or holds control characters
     */
    public static String requireText(String fieldKey, String value, int maxLength) throws GovException
    {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new GovException(fieldKey + ".required");
        }
        if (trimmed.length() > maxLength) {
            throw new GovException(fieldKey + ".tooLong", maxLength);
        }
        if (CONTROL_CHARACTERS.matcher(trimmed).find()) {
            throw new GovException(fieldKey + ".invalid");
        }
        return trimmed;
    }

    /**
     * @param fieldKey the translation key prefix of the field
     * @param value the submitted value, possibly {@code null}
     * @param pattern the form the value must have
     * @return the value, trimmed
     * @throws GovException when the value is missing or does not have the required form
     */
    public static String requireKey(String fieldKey, String value, Pattern pattern) throws GovException
    {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new GovException(fieldKey + ".required");
        }
        if (!pattern.matcher(trimmed).matches()) {
            throw new GovException(fieldKey + ".invalid", trimmed);
        }
        return trimmed;
    }

    /**
     * @param value a submitted value, possibly {@code null} or blank
     * @return the trimmed value, or empty when there is none
     */
    public static Optional<String> optional(String value)
    {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
