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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.SectionChange;
import org.xwiki.contrib.gov.policy.TextSpan;
import org.xwiki.contrib.gov.policy.VersionChanges;
import org.xwiki.contrib.gov.wikitext.WikiTextSection;
import org.xwiki.contrib.gov.wikitext.WikiTextSections;
import org.xwiki.diff.Delta;
import org.xwiki.diff.DiffException;
import org.xwiki.diff.DiffManager;
import org.xwiki.diff.DiffResult;
import org.xwiki.diff.display.InlineDiffChunk;
import org.xwiki.diff.display.InlineDiffDisplayer;

/**
 * Compares two guideline texts section by section with XWiki's diff: sections are matched by their heading, a matched
 * section changed when its XWiki 2.1 source differs, and its words are compared to mark what was added and removed.
 * A plain-text body is one section without a heading.
 *
 * @version $Id$
 */
@Component(roles = VersionComparison.class)
@Singleton
public class VersionComparison
{
    private static final List<String> LANGUAGES = List.of("en", "fr");

    /** Words and the spaces between them, each its own token, so that a text is its tokens put back together. */
    private static final Pattern TOKENS = Pattern.compile("\\S+|\\s+");

    @Inject
    private WikiTextSections splitter;

    @Inject
    private DiffManager diffs;

    @Inject
    private InlineDiffDisplayer inline;

    /**
     * @param content a guideline text
     * @param language {@code fr} for French, English otherwise
     * @return the sections of its body in that language
     * @throws GovException when the body cannot be parsed
     */
    public List<WikiTextSection> sections(GuidelineContent content, String language) throws GovException
    {
        String body = content.body().in(language);
        if (content.syntax() == BodySyntax.XWIKI_21) {
            return this.splitter.split(body);
        }
        return body.isBlank() ? List.of() : List.of(new WikiTextSection(0, "", body.strip(), body.strip()));
    }

    /**
     * @param before the older text
     * @param after the newer text
     * @param language the language of the sections to show
     * @return the sections that differ, in that language, and the share of words changed
     * @throws GovException when a body cannot be parsed
     */
    public VersionChanges compare(GuidelineContent before, GuidelineContent after, String language)
        throws GovException
    {
        // Each text is parsed once per language: the sections shown and the share of words changed both need them.
        Map<String, List<WikiTextSection>> olderByLanguage = sectionsByLanguage(before);
        Map<String, List<WikiTextSection>> newerByLanguage = sectionsByLanguage(after);
        String shown = shownLanguage(language);
        List<WikiTextSection> older = olderByLanguage.get(shown);
        List<WikiTextSection> newer = newerByLanguage.get(shown);
        List<SectionChange> changes = new ArrayList<>();
        DiffResult<String> headings = diff(older.stream().map(VersionComparison::headingKey).toList(),
            newer.stream().map(VersionComparison::headingKey).toList());
        int olderIndex = 0;
        int newerIndex = 0;
        for (Delta<String> delta : headings.getPatch()) {
            for (; olderIndex < delta.getPrevious().getIndex(); olderIndex++, newerIndex++) {
                compareMatched(older.get(olderIndex), newer.get(newerIndex), changes);
            }
            for (int removed = 0; removed < delta.getPrevious().size(); removed++, olderIndex++) {
                WikiTextSection section = older.get(olderIndex);
                changes.add(new SectionChange(section.level(), section.heading(), SectionChange.Kind.REMOVED,
                    List.of(new TextSpan(section.text(), TextSpan.Kind.REMOVED)), List.of()));
            }
            for (int added = 0; added < delta.getNext().size(); added++, newerIndex++) {
                WikiTextSection section = newer.get(newerIndex);
                changes.add(new SectionChange(section.level(), section.heading(), SectionChange.Kind.ADDED, List.of(),
                    List.of(new TextSpan(section.text(), TextSpan.Kind.ADDED))));
            }
        }
        for (; olderIndex < older.size(); olderIndex++, newerIndex++) {
            compareMatched(older.get(olderIndex), newer.get(newerIndex), changes);
        }
        return new VersionChanges(changes, changedPercent(olderByLanguage, newerByLanguage));
    }

    /**
     * @param language a language asked for
     * @return the language whose sections are shown for it: {@code fr} for French, {@code en} for any other, as
     *     {@link org.xwiki.contrib.gov.Bilingual#in(String)} reads texts
     */
    public static String shownLanguage(String language)
    {
        return LANGUAGES.get(1).equals(language) ? LANGUAGES.get(1) : LANGUAGES.get(0);
    }

    /**
     * @param before the older text
     * @param after the newer text
     * @return the share of words (headings included) added or removed, 0 to 100, rounded up so that any change
     *     counts, in the language where it is the largest
     * @throws GovException when a body cannot be parsed
     */
    public int changedPercent(GuidelineContent before, GuidelineContent after) throws GovException
    {
        return changedPercent(sectionsByLanguage(before), sectionsByLanguage(after));
    }

    private Map<String, List<WikiTextSection>> sectionsByLanguage(GuidelineContent content) throws GovException
    {
        Map<String, List<WikiTextSection>> sections = new HashMap<>();
        for (String language : LANGUAGES) {
            sections.put(language, sections(content, language));
        }
        return sections;
    }

    private int changedPercent(Map<String, List<WikiTextSection>> before, Map<String, List<WikiTextSection>> after)
    {
        int largest = 0;
        for (String language : LANGUAGES) {
            List<String> older = words(before.get(language));
            List<String> newer = words(after.get(language));
            long changed = 0;
            for (Delta<String> delta : diff(older, newer).getPatch()) {
                changed += delta.getPrevious().size() + delta.getNext().size();
            }
            long total = older.size() + (long) newer.size();
            if (total > 0) {
                largest = Math.max(largest, (int) ((changed * 100 + total - 1) / total));
            }
        }
        return largest;
    }

    /**
     * @param content a guideline text
     * @throws GovException when its English and French bodies do not have the same headings at the same levels (or a
     *     body cannot be parsed), naming the first section one of them lacks
     */
    public void requireSameSections(GuidelineContent content) throws GovException
    {
        List<WikiTextSection> english = sections(content, LANGUAGES.get(0));
        List<WikiTextSection> french = sections(content, LANGUAGES.get(1));
        for (int index = 0; index < Math.max(english.size(), french.size()); index++) {
            if (index >= french.size()
                || index < english.size() && english.get(index).level() != french.get(index).level()) {
                throw missingSection("Fr", english.get(index), index + 1);
            }
            if (index >= english.size()) {
                throw missingSection("En", french.get(index), index + 1);
            }
        }
    }

    private void compareMatched(WikiTextSection older, WikiTextSection newer, List<SectionChange> changes)
    {
        if (older.source().equals(newer.source())) {
            return;
        }
        List<TextSpan> before = new ArrayList<>();
        List<TextSpan> after = new ArrayList<>();
        List<InlineDiffChunk<String>> chunks =
            this.inline.display(diff(tokens(older.text()), tokens(newer.text())));
        for (int index = 0; index < chunks.size(); index++) {
            InlineDiffChunk<String> chunk = chunks.get(index);
            String text = String.join("", chunk.getElements());
            if (chunk.isAdded()) {
                append(after, text, TextSpan.Kind.ADDED);
            } else if (chunk.isDeleted()) {
                append(before, text, TextSpan.Kind.REMOVED);
            } else if (text.isBlank() && index > 0 && index < chunks.size() - 1
                && !chunks.get(index + 1).isUnmodified()) {
                // The space between two changed words belongs to the change: "Your manager" is replaced as a whole.
                append(before, text, TextSpan.Kind.REMOVED);
                append(after, text, TextSpan.Kind.ADDED);
            } else {
                append(before, text, TextSpan.Kind.SAME);
                append(after, text, TextSpan.Kind.SAME);
            }
        }
        changes.add(new SectionChange(newer.level(), newer.heading(), SectionChange.Kind.CHANGED, before, after));
    }

    private static void append(List<TextSpan> spans, String text, TextSpan.Kind kind)
    {
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).kind() == kind) {
            spans.set(last, new TextSpan(spans.get(last).text() + text, kind));
        } else {
            spans.add(new TextSpan(text, kind));
        }
    }

    private <E> DiffResult<E> diff(List<E> before, List<E> after)
    {
        try {
            return this.diffs.diff(before, after, null);
        } catch (DiffException e) {
            // XWiki's diff of two in-memory lists only fails on a bug: nothing a reader or HR could act on.
            throw new IllegalStateException("Could not compare two guideline texts", e);
        }
    }

    private static GovException missingSection(String language, WikiTextSection section, int number)
    {
        return section.level() == 0 ? new GovException("gov.policy.error.introductionMissing" + language)
            : new GovException("gov.policy.error.sectionMissing" + language, section.heading(), number);
    }

    private static String headingKey(WikiTextSection section)
    {
        return section.level() + " " + section.heading();
    }

    private static List<String> tokens(String text)
    {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static List<String> words(List<WikiTextSection> sections)
    {
        List<String> words = new ArrayList<>();
        for (WikiTextSection section : sections) {
            words.addAll(List.of(section.heading().split("\\s+")));
            words.addAll(List.of(section.text().split("\\s+")));
        }
        words.removeIf(String::isEmpty);
        return words;
    }
}
