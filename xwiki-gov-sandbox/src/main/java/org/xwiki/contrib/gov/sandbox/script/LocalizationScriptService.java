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
package org.xwiki.contrib.gov.sandbox.script;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.script.service.ScriptService;

/**
 * The sandbox's {@code $services.localization}: the subset of XWiki's localization script service that the gov
 * templates use, reading the {@code ApplicationResources} files of the gov jars in the caller's language.
 *
 * @version $Id$
 */
@Component
@Named("localization")
@Singleton
public class LocalizationScriptService implements ScriptService
{
    @Inject
    private CurrentActor currentActor;

    private final Translations translations = Translations.load(LocalizationScriptService.class.getClassLoader());

    /**
     * @param key a translation key
     * @return the message in the caller's language, the key itself when unknown
     */
    public String render(String key)
    {
        return render(key, List.of());
    }

    /**
     * @param key a translation key
     * @param parameters the values substituted in the message
     * @return the message in the caller's language, the key itself when unknown
     */
    public String render(String key, Collection<?> parameters)
    {
        return render(key, parameters, this.currentActor.get().locale());
    }

    /**
     * @param key a translation key
     * @param parameters the values substituted in the message
     * @param locale the language to render in
     * @return the message in that language, the key itself when unknown
     */
    public String render(String key, Collection<?> parameters, Locale locale)
    {
        return this.translations.format(key,
            parameters.stream().map(parameter -> parameter == null ? "" : parameter).toList(), locale);
    }
}
