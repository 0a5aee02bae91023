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
package org.xwiki.contrib.gov.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where every host takes the CSRF token a request submits: the {@value CsrfGuard#TOKEN_PARAMETER} field of a form's
 * body or the {@value #HEADER} header, never the URL, where it would leak into logs, history and {@code Referer}
 * headers (a request naming the token in its query string submits none).
 *
 * @version $Id$
 * @since 1.0
 */
public final class SubmittedToken
{
    /** The header a script sends the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private SubmittedToken()
    {
    }

    /**
     * @param queryString the request's query string, null for none
     * @param parameter the request's parameters (query and form body), by name
     * @param header the request's headers, by name
     * @return the token the request submits, if it submits one where a token may be
     */
    public static Optional<String> of(String queryString, UnaryOperator<String> parameter,
        UnaryOperator<String> header)
    {
        if (inQuery(queryString, CsrfGuard.TOKEN_PARAMETER)) {
            return Optional.empty();
        }
        return Optional.ofNullable(parameter.apply(CsrfGuard.TOKEN_PARAMETER))
            .or(() -> Optional.ofNullable(header.apply(HEADER)));
    }

    private static boolean inQuery(String query, String name)
    {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.split("=", 2)[0];
            try {
                key = URLDecoder.decode(key, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // A broken escape: compared as it is.
            }
            if (name.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
