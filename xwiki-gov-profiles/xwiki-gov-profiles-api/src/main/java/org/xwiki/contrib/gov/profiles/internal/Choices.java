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
