package org.xwiki.contrib.gov.internal;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.test.TranslationFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernel's translations and how they are looked up.
 *
 * @version $Id$
 */
class TranslationsTest
{
    private final Translations translations = Translations.load(getClass().getClassLoader());

    @Test
    void filesAreCompleteInBothLanguages() throws Exception
    {
        TranslationFiles.assertComplete();
    }

    @Test
    void everyKeyTheTemplatesRenderIsTranslated() throws Exception
    {
        TranslationFiles.assertTemplateKeysDefined();
    }

    @Test
    void formatsInTheReadersLanguage()
    {
        assertEquals("Agency HEALTH created.",
            this.translations.format("gov.core.agency.created", List.of("HEALTH"), Locale.ENGLISH));
        assertEquals("Organisme HEALTH créé.",
            this.translations.format("gov.core.agency.created", List.of("HEALTH"), Locale.CANADA_FRENCH));
        assertEquals("Agency HEALTH created.",
            this.translations.format("gov.core.agency.created", List.of("HEALTH"), Locale.GERMAN));
    }

    @Test
    void leavesApostrophesAloneWithoutParameters()
    {
        assertEquals("Organismes", this.translations.format("gov.core.admin.agencies", List.of(), Locale.FRENCH));
        assertEquals("Journal d’audit", this.translations.format("gov.core.admin.audit", List.of(), Locale.FRENCH));
    }

    @Test
    void showsTheKeyOfAnUnknownMessage()
    {
        assertEquals("no.such.key [x]", this.translations.format("no.such.key", List.of("x"), Locale.ENGLISH));
        assertEquals("no.such.key", this.translations.format("no.such.key", List.of(), Locale.ENGLISH));
    }
}
