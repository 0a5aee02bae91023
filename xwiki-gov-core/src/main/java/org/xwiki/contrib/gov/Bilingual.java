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
package org.xwiki.contrib.gov;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the two official languages: a name, a title, a body.
 *
 * @param english the English text
 * @param french the French text
 * @version $Id$
 * @since 1.0
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
