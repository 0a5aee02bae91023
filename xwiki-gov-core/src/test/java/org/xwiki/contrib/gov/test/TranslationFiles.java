package org.xwiki.contrib.gov.test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
