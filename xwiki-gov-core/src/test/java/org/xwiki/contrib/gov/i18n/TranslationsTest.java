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
package org.xwiki.contrib.gov.i18n;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.test.AbstractTranslationFilesTest;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The kernel's translations and how they are looked up.
 *
 * @version $Id$
 */
class TranslationsTest extends AbstractTranslationFilesTest
{
    private final Translations translations = Translations.load(getClass().getClassLoader());

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
