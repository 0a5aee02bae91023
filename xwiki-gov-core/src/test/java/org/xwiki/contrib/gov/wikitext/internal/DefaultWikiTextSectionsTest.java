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

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.contrib.gov.wikitext.WikiTextSection;
import org.xwiki.contrib.gov.wikitext.WikiTextSections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Sections cut with XWiki's real parser and renderers.
 *
 * @version $Id$
 */
class DefaultWikiTextSectionsTest
{
    private static EmbeddableComponentManager components;

    private static WikiTextSections sections;

    @BeforeAll
    static void components() throws Exception
    {
        components = new EmbeddableComponentManager();
        components.initialize(DefaultWikiTextSectionsTest.class.getClassLoader());
        sections = components.getInstance(WikiTextSections.class);
    }

    @AfterAll
    static void dispose()
    {
        components.dispose();
    }

    @Test
    void splitsByHeadingWithSubSectionsInReadingOrder() throws Exception
    {
        List<WikiTextSection> split = sections.split("Lead **text**.\n\n= Scope =\n\n* staff\n* contractors\n\n"
            + "== Exceptions ==\n\n|=Who|=When\n|Press office|Always\n\n= Breaches =\n\nSee [[HR>>HR.WebHome]].");

        assertEquals(List.of(0, 1, 2, 1), split.stream().map(WikiTextSection::level).toList());
        assertEquals(List.of("", "Scope", "Exceptions", "Breaches"),
            split.stream().map(WikiTextSection::heading).toList());
        assertEquals("Lead text.", split.get(0).text());
        assertEquals("Lead **text**.", split.get(0).source());
        assertEquals("staff\ncontractors", split.get(1).text());
        assertEquals("See HR.", split.get(3).text());
    }

    @Test
    void tellsAChangedSectionFromAnUnchangedOneWhateverTheSpacing() throws Exception
    {
        List<WikiTextSection> before = sections.split("= A =\nSame text.\n\n= B =\nOld text.");
        List<WikiTextSection> after = sections.split("= A =\n\n\nSame text.\n= B =\nNew text.");

        assertEquals(before.get(0).source(), after.get(0).source());
        assertNotEquals(before.get(1).source(), after.get(1).source());
    }

    @Test
    void countsAMacroAsItsSourceAndHeadingsInsideVerbatimAsText() throws Exception
    {
        List<WikiTextSection> split = sections.split("{{{\n= Not a heading =\n}}}\n\n{{velocity}}$x{{/velocity}}");

        assertEquals(1, split.size());
        assertEquals(0, split.get(0).level());
        assertEquals("= Not a heading =\n{{velocity}}$x{{/velocity}}", split.get(0).text());
    }

    @Test
    void givesNothingForAnEmptyText() throws Exception
    {
        assertEquals(List.of(), sections.split(""));
    }
}
