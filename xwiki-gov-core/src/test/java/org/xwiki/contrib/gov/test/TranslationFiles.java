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
package org.xwiki.contrib.gov.test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.xwiki.contrib.gov.i18n.Translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a module's translation files: the same keys in English and French, ASCII only (non-ASCII characters as
 * {@code \}{@code uXXXX} escapes, which every reader of properties files accepts), and no plain apostrophe in a
 * message with parameters, where {@link java.text.MessageFormat} would swallow it.
 *
 * @version $Id$
 */
public final class TranslationFiles
{
    private static final Path FOLDER = Path.of("src", "main", "resources");

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+}");

    private static final Pattern RENDERED_KEY = Pattern.compile("render\\('([a-zA-Z0-9.]+)'");

    private TranslationFiles()
    {
    }

    /**
     * Checks the translation files of the module whose tests are running.
     *
     * @throws IOException when a file cannot be read
     */
    public static void assertComplete() throws IOException
    {
        Properties english = load("ApplicationResources.properties");
        Properties french = load("ApplicationResources_fr.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()),
            "English and French define the same keys");
        for (Properties language : Set.of(english, french)) {
            for (String key : language.stringPropertyNames()) {
                String message = language.getProperty(key);
                assertTrue(!PARAMETER.matcher(message).find() || !message.replace("''", "").contains("'"),
                    key + " has parameters and a plain apostrophe: write '' or a typographic apostrophe");
            }
        }
    }

    /**
     * Checks that every key the module's templates render literally ({@code render('key'}) is translated somewhere on
     * the class path (this module or those it uses).
     *
     * @throws IOException when a template cannot be read
     */
    public static void assertTemplateKeysDefined() throws IOException
    {
        Path templates = FOLDER.resolve("templates");
        if (!Files.isDirectory(templates)) {
            return;
        }
        Translations translations = Translations.load(TranslationFiles.class.getClassLoader());
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".vm")).toList()) {
                Matcher matcher = RENDERED_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    assertTrue(translations.get(matcher.group(1), Locale.ENGLISH).isPresent(),
                        file + " renders the untranslated key " + matcher.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException
    {
        Path file = FOLDER.resolve(name);
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            assertTrue(b >= 0, file + " holds a non-ASCII byte: escape it as \\uXXXX");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            properties.load(reader);
        }
        return properties;
    }
}
