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
package org.xwiki.contrib.gov.policy.internal.content;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.SectionChange;
import org.xwiki.contrib.gov.policy.TextSpan;
import org.xwiki.contrib.gov.policy.VersionChanges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Comparing guideline texts with XWiki's real parser and diff: sections added and removed, plain-text bodies, the share
 * of words changed, and the languages' sections.
 *
 * @version $Id$
 */
class VersionComparisonTest
{
    private static EmbeddableComponentManager components;

    private static VersionComparison comparison;

    @BeforeAll
    static void components() throws Exception
    {
        components = new EmbeddableComponentManager();
        components.initialize(VersionComparisonTest.class.getClassLoader());
        comparison = components.getInstance(VersionComparison.class);
    }

    @AfterAll
    static void dispose()
    {
        components.dispose();
    }

    @Test
    void namesTheSectionsAddedAndRemovedWhereTheyStood() throws Exception
    {
        VersionChanges changes = comparison.compare(wiki("= A =\nOne.\n= B =\nTwo."),
            wiki("= A =\nOne.\n= C =\nThree.\n== C1 ==\nFour."), "en");

        assertEquals(List.of("B REMOVED", "C ADDED", "C1 ADDED"), changes.sections().stream()
            .map(section -> section.heading() + ' ' + section.kind()).toList());
        assertEquals(List.of(new TextSpan("Two.", TextSpan.Kind.REMOVED)), changes.sections().get(0).before());
        assertEquals(List.of(), changes.sections().get(0).after());
        assertEquals(2, changes.sections().get(2).level());
    }

    @Test
    void comparesAPlainTextBodyAsOneSection() throws Exception
    {
        GuidelineContent before = new GuidelineContent(new Bilingual("T", "T"), new Bilingual("Be kind.", "Soyez"),
            BodySyntax.PLAIN, new Bilingual("A", "A"), List.of(), 0);
        GuidelineContent after = new GuidelineContent(new Bilingual("T", "T"), new Bilingual("Be very kind.",
            "Soyez"), BodySyntax.PLAIN, new Bilingual("A", "A"), List.of(), 0);

        SectionChange change = comparison.compare(before, after, "en").sections().get(0);

        assertEquals(SectionChange.Kind.CHANGED, change.kind());
        assertEquals(List.of(new TextSpan("Be ", TextSpan.Kind.SAME), new TextSpan("very ", TextSpan.Kind.ADDED),
            new TextSpan("kind.", TextSpan.Kind.SAME)), change.after());
    }

    @Test
    void countsTheShareOfWordsChangedInTheLanguageThatChangedMost() throws Exception
    {
        String forty = "word ".repeat(40);
        GuidelineContent before = wiki(forty + "end.");
        GuidelineContent after = new GuidelineContent(before.title(), new Bilingual(forty + "finish.",
            forty + "end."), BodySyntax.XWIKI_21, before.attestation(), List.of(), 0);

        assertEquals(0, comparison.changedPercent(before, before));
        assertEquals(3, comparison.changedPercent(before, after), "2 words changed of 82, rounded up");
        assertEquals(100, comparison.changedPercent(before, wiki("Something else entirely.")));
    }

    @Test
    void refusesLanguagesWhoseSectionsDifferNamingTheFirstMissing() throws Exception
    {
        comparison.requireSameSections(text("Intro.\n= A =\nx\n== B ==\ny", "Intro.\n= A' =\nx\n== B' ==\ny"));

        GovException missing = assertThrows(GovException.class,
            () -> comparison.requireSameSections(text("= A =\nx\n= B =\ny", "= A =\nx")));
        assertEquals("gov.policy.error.sectionMissingFr", missing.getMessageKey());
        assertEquals(List.of("B", "2"), missing.getParameters());
        assertEquals("gov.policy.error.sectionMissingFr", assertThrows(GovException.class,
            () -> comparison.requireSameSections(text("= A =\nx\n= B =\ny", "= A =\nx\n== B ==\ny")))
            .getMessageKey());
        assertEquals("gov.policy.error.sectionMissingEn", assertThrows(GovException.class,
            () -> comparison.requireSameSections(text("= A =\nx", "= A =\nx\n= B =\ny"))).getMessageKey());
        assertEquals("gov.policy.error.introductionMissingFr", assertThrows(GovException.class,
            () -> comparison.requireSameSections(text("Intro.\n= A =\nx", "= A =\nx"))).getMessageKey());
    }

    private static GuidelineContent wiki(String body)
    {
        return text(body, body);
    }

    private static GuidelineContent text(String english, String french)
    {
        return new GuidelineContent(new Bilingual("T", "T"), new Bilingual(english, french), BodySyntax.XWIKI_21,
            new Bilingual("A", "A"), List.of(), 0);
    }
}
