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

import java.util.Arrays;
import java.util.List;

import org.xwiki.contrib.gov.i18n.Translations;

/**
 * A failure that can be shown to a user: it carries a translation key and its parameters, so that pages render it in
 * the reader's language. {@link #getMessage()} gives the English text, for logs and the command line.
 *
 * @version $Id$
 * @since 1.0
 */
public class GovException extends Exception
{
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final transient List<Object> parameters;

    /**
     * @param messageKey the translation key of the message, e.g. {@code gov.core.error.agency.unknown}
     * @param parameters the values substituted in the message ({@code {0}}, {@code {1}}...)
     */
    public GovException(String messageKey, Object... parameters)
    {
        this(null, messageKey, parameters);
    }

    /**
     * @param cause the underlying failure
     * @param messageKey the translation key of the message
     * @param parameters the values substituted in the message
     */
    public GovException(Throwable cause, String messageKey, Object... parameters)
    {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.parameters = List.copyOf(Arrays.stream(parameters).map(String::valueOf).toList());
    }

    /**
     * @return the translation key of the message
     */
    public String getMessageKey()
    {
        return this.messageKey;
    }

    /**
     * @return the values substituted in the message, as strings
     */
    public List<Object> getParameters()
    {
        return this.parameters;
    }

    @Override
    public String getMessage()
    {
        return Translations.load(getClass().getClassLoader()).format(this.messageKey, this.parameters,
            java.util.Locale.ENGLISH);
    }
}
