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
package org.xwiki.contrib.gov.input;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
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

    private static final Pattern CONTROL_CHARACTERS_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

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
        return requireText(fieldKey, value, maxLength, CONTROL_CHARACTERS);
    }

    /**
     * Like {@link #requireText(String, String, int)}, for text of several lines: line breaks and tabs are allowed.
     *
     * @param fieldKey the translation key prefix of the field
     * @param value the submitted value, possibly {@code null}
     * @param maxLength the longest value accepted, after trimming
     * @return the value, trimmed, with line breaks as {@code \n}
     * @throws GovException when the value is missing, blank, too long or holds other control characters
     */
    public static String requireMultilineText(String fieldKey, String value, int maxLength) throws GovException
    {
        return requireText(fieldKey, value == null ? null : value.replace("\r\n", "\n"), maxLength,
            CONTROL_CHARACTERS_BUT_LINES);
    }

    private static String requireText(String fieldKey, String value, int maxLength, Pattern forbidden)
        throws GovException
    {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new GovException(fieldKey + ".required");
        }
        if (trimmed.length() > maxLength) {
            throw new GovException(fieldKey + ".tooLong", maxLength);
        }
        if (forbidden.matcher(trimmed).find()) {
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
     * @param value a request's value, {@code null} when absent
     * @return the value as it is, the empty string when absent
     */
    public static String text(String value)
    {
        return Objects.toString(value, "");
    }

    /**
     * @param value a checkbox's value as a request sends it, {@code null} when the box is not ticked
     * @return whether the box is ticked: {@code true}, or {@code on} (what a browser sends for a box without a value)
     * @since 1.0
     */
    public static boolean ticked(String value)
    {
        return "true".equals(value) || "on".equals(value);
    }

    /**
     * Reads an optional whole number from a request's value.
     *
     * @param value the value, {@code null} or blank when absent
     * @param invalid the refusal of a value that is not a whole number
     * @return the number, empty when the value is absent or blank
     * @throws GovException the refusal, when the value is not a whole number
     */
    public static OptionalInt integer(String value, Supplier<GovException> invalid) throws GovException
    {
        return text(value).isBlank() ? OptionalInt.empty() : OptionalInt.of(requireInteger(value, invalid));
    }

    /**
     * Reads a whole number from a request's value; surrounding blanks are ignored.
     *
     * @param value the value, possibly {@code null}
     * @param invalid the refusal of a value that is missing or not a whole number
     * @return the number
     * @throws GovException the refusal, when the value is missing or is not a whole number
     */
    public static int requireInteger(String value, Supplier<GovException> invalid) throws GovException
    {
        long number = requireLong(value, invalid);
        if (number != (int) number) {
            throw invalid.get();
        }
        return (int) number;
    }

    /**
     * Reads a whole number of a form field, failing as the other field checks do.
     *
     * @param fieldKey the translation key prefix of the field
     * @param value the submitted value, possibly {@code null}
     * @return the number
     * @throws GovException {@code <fieldKey>.invalid} (parameter: the value) when it is missing or not a whole number
     */
    public static int requireNumber(String fieldKey, String value) throws GovException
    {
        return requireInteger(value, () -> new GovException(fieldKey + ".invalid", text(value)));
    }

    /**
     * Like {@link #requireInteger(String, Supplier)}, for numbers that may need 64 bits (identifiers).
     *
     * @param value the value, possibly {@code null}
     * @param invalid the refusal of a value that is missing or not a whole number
     * @return the number
     * @throws GovException the refusal, when the value is missing or is not a whole number
     */
    public static long requireLong(String value, Supplier<GovException> invalid) throws GovException
    {
        try {
            return Long.parseLong(text(value).strip());
        } catch (NumberFormatException e) {
            throw invalid.get();
        }
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
