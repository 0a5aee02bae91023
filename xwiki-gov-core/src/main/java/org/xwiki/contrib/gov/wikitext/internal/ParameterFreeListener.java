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
package org.xwiki.contrib.gov.wikitext.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.xwiki.rendering.listener.Listener;

/**
 * Passes every rendering event on with its parameters removed, so that no {@code (% style="…" onclick="…" %)} written
 * in a text becomes an HTML attribute. Only an image's {@code alt} and {@code title} are kept: the renderer escapes
 * them as attribute values. A proxy rather than a subclass so that events added to {@link Listener} by later
 * versions of XWiki's rendering are covered without change.
 *
 * @version $Id$
 */
final class ParameterFreeListener
{
    private static final Set<String> IMAGE_PARAMETERS = Set.of("alt", "title");

    private ParameterFreeListener()
    {
    }

    /**
     * @param target the listener that renders
     * @return a listener passing every event to it without parameters
     */
    static Listener wrap(Listener target)
    {
        return (Listener) Proxy.newProxyInstance(Listener.class.getClassLoader(), new Class<?>[] { Listener.class },
            (proxy, method, arguments) -> invoke(target, method, arguments));
    }

    private static Object invoke(Listener target, Method method, Object[] arguments) throws Throwable
    {
        if (arguments != null) {
            boolean image = "onImage".equals(method.getName());
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof Map<?, ?> parameters) {
                    arguments[i] = image ? imageParameters(parameters) : Listener.EMPTY_PARAMETERS;
                }
            }
        }
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Map<String, String> imageParameters(Map<?, ?> parameters)
    {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : IMAGE_PARAMETERS) {
            Object value = parameters.get(name);
            if (value != null) {
                kept.put(name, value.toString());
            }
        }
        return kept;
    }
}
