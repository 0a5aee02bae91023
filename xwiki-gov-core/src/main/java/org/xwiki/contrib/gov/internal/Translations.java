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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translations that the gov jars declare in {@code ApplicationResources[_lang].properties} at their root (the
 * place where XWiki looks for a jar extension's translations), merged over every jar of one class loader.
 * <p>
 * Mirrors XWiki's rules: a missing key falls back to the default (English) file, and {@link MessageFormat} is applied
 * only when there are parameters, so an apostrophe in a message without parameters needs no escaping.
 *
 * @version $Id$
 */
public final class Translations
{
    private static final String BASE_NAME = "ApplicationResources";

    private final ClassLoader classLoader;

    private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

    private Translations(ClassLoader classLoader)
    {
        this.classLoader = classLoader;
    }

    /**
     * @param classLoader the class loader whose jars hold the translation files
     * @return the translations of those jars, read lazily per language
     */
    public static Translations load(ClassLoader classLoader)
    {
        return new Translations(classLoader);
    }

    /**
     * @param key a translation key
     * @param locale the reader's locale
     * @return the raw message in that locale's language, else in English, if any jar defines the key
     */
    public Optional<String> get(String key, Locale locale)
    {
        String value = language(locale.getLanguage()).getProperty(key);
        if (value == null) {
            value = language("").getProperty(key);
        }
        return Optional.ofNullable(value);
    }

    /**
     * @param key a translation key
     * @param parameters the values substituted in the message
     * @param locale the reader's locale
     * @return the formatted message, or the key itself followed by the parameters when no jar defines it
     */
    public String format(String key, List<?> parameters, Locale locale)
    {
        Optional<String> message = get(key, locale);
        if (message.isEmpty()) {
            return parameters.isEmpty() ? key : key + ' ' + parameters;
        }
        if (parameters.isEmpty()) {
            return message.get();
        }
        return new MessageFormat(message.get(), locale).format(parameters.toArray());
    }

    private Properties language(String language)
    {
        return this.byLanguage.computeIfAbsent(language, this::read);
    }

    private Properties read(String language)
    {
        String resource = BASE_NAME + (language.isEmpty() ? "" : '_' + language) + ".properties";
        Properties merged = new Properties();
        try {
            for (URL url : Collections.list(this.classLoader.getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation files " + resource, e);
        }
        return merged;
    }
}
