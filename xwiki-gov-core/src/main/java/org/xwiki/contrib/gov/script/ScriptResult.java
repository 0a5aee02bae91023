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
package org.xwiki.contrib.gov.script;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.xwiki.contrib.gov.GovException;

/**
 * What a script service method gives a template: a value, or the translated message of why there is none. Templates
 * test {@code $result.ok} and render {@code $result.messageKey} with {@code $result.parameters}.
 *
 * @param ok whether the call succeeded
 * @param value the value on success ({@code null} for calls that only change something)
 * @param messageKey the translation key of the message to show: a confirmation on success, the failure otherwise;
 *     {@code null} when there is nothing to say
 * @param parameters the values substituted in the message
 * @version $Id$
 * @since 1.0
 */
public record ScriptResult(boolean ok, Object value, String messageKey, List<Object> parameters)
{
    /**
     * Copies the parameters, turning missing ones into empty text.
     */
    public ScriptResult
    {
        parameters = parameters.stream().map(parameter -> parameter == null ? "" : parameter).toList();
    }

    /**
     * @param value the value
     * @return a success carrying a value, with nothing to say
     */
    public static ScriptResult of(Object value)
    {
        return new ScriptResult(true, value, null, List.of());
    }

    /**
     * @param value a value that may be absent
     * @return a success carrying the value, or {@code null} when absent
     */
    public static ScriptResult ofOptional(Optional<?> value)
    {
        return of(value.orElse(null));
    }

    /**
     * @param messageKey the translation key of the confirmation
     * @param parameters the values substituted in it
     * @return a success with a confirmation to show
     */
    public static ScriptResult done(String messageKey, Object... parameters)
    {
        return new ScriptResult(true, null, messageKey, Arrays.asList(parameters));
    }

    /**
     * @param failure why the call failed
     * @return a failure with its message
     */
    public static ScriptResult failed(GovException failure)
    {
        return new ScriptResult(false, null, failure.getMessageKey(), failure.getParameters());
    }
}
