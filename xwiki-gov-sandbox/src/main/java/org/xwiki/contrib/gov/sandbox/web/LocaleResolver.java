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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Chooses the language of a request among those the gov modules are translated to: a {@code language} parameter (the
 * switch in the page header), kept in the session; else the browser's preference; else English.
 *
 * @version $Id$
 */
public final class LocaleResolver
{
    /** The languages the pages are available in. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final String PARAMETER = "language";

    private static final String SESSION_ATTRIBUTE = "gov.language";

    /**
     * @param request the request; its session remembers a language chosen with the switch
     * @return the language to render in
     */
    public Locale resolve(HttpServletRequest request)
    {
        Optional<Locale> chosen = supported(request.getParameter(PARAMETER));
        if (chosen.isPresent()) {
            request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen.get().getLanguage());
            return chosen.get();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            Optional<Locale> remembered = supported((String) session.getAttribute(SESSION_ATTRIBUTE));
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        return preferred(request.getHeader("Accept-Language"));
    }

    /**
     * @param acceptLanguage a request's {@code Accept-Language} header, if it has one
     * @return the language the browser prefers among those supported, else English
     */
    public static Locale preferred(String acceptLanguage)
    {
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    Optional<Locale> match = supported(range.getRange().split("-", 2)[0]);
                    if (match.isPresent() && range.getWeight() > 0) {
                        return match.get();
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header: the default language.
            }
        }
        return Locale.ENGLISH;
    }

    private static Optional<Locale> supported(String language)
    {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }
}
