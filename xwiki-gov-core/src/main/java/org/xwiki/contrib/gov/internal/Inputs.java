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
     * @param value a submitted value, possibly {@code null} or blank
     * @return the trimmed value, or empty when there is none
     */
    public static Optional<String> optional(String value)
    {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
