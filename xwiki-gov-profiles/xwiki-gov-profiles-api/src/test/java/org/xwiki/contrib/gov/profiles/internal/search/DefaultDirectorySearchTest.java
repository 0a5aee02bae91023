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
package org.xwiki.contrib.gov.profiles.internal.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.internal.Viewer;
import org.xwiki.contrib.gov.profiles.internal.ViewerResolver;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The directory search's refusals, on mocks: the searcher's rights, and the documented limits of a query (keywords,
 * words, pages, filters), each before the index is searched.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultDirectorySearchTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    @InjectMockComponents
    private DefaultDirectorySearch search;

    @MockComponent
    private ViewerResolver viewers;

    @MockComponent
    private ProfileIndex index;

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.viewers.resolve(ALICE)).thenReturn(new Viewer(Optional.of("alice"), Optional.of("HEALTH"),
            Set.of()));
        when(this.index.getAnalyzer()).thenReturn(new ProfileAnalyzer());
    }

    @Test
    void aRefusedSearcherNeverReachesTheIndex() throws Exception
    {
        Actor anonymous = Actor.anonymous(Locale.ENGLISH);
        when(this.viewers.resolve(anonymous)).thenThrow(new AccessDeniedException("profiles.directory.view"));

        assertThrows(AccessDeniedException.class, () -> this.search.search(anonymous, query("gis", 0, 20)));
        verifyNoInteractions(this.index);
    }

    @Test
    void keywordsWordsPagesAndFiltersHaveLimits() throws Exception
    {
        assertRefused("gov.profiles.search.keywords.tooLong", query("a".repeat(201), 0, 20));
        StringJoiner words = new StringJoiner(" ");
        for (int word = 0; word <= DirectoryQuery.MAX_WORDS; word++) {
            words.add("word" + (char) ('a' + word));
        }
        assertRefused("gov.profiles.search.keywords.tooManyWords", query(words.toString(), 0, 20));
        assertRefused("gov.profiles.search.page.invalid", query("gis", 0, 0));
        assertRefused("gov.profiles.search.page.invalid", query("gis", 0, DirectoryQuery.MAX_PAGE_SIZE + 1));
        assertRefused("gov.profiles.search.page.invalid", query("gis", 100, 100));
        assertRefused("gov.profiles.search.page.invalid", query("gis", -1, 20));
        Set<String> manySkills = new HashSet<>();
        for (int skill = 0; skill <= 50; skill++) {
            manySkills.add("skill" + skill);
        }
        assertRefused("gov.profiles.search.filter.invalid", new DirectoryQuery("", Map.of(DirectoryFacet.SKILL,
            manySkills), 0, 20));
        assertRefused("gov.profiles.search.filter.invalid", new DirectoryQuery("", Map.of(DirectoryFacet.SKILL,
            Set.of("x".repeat(201))), 0, 20));
        verify(this.index, never()).search(any());
    }

    private void assertRefused(String messageKey, DirectoryQuery query)
    {
        assertEquals(messageKey, assertThrows(GovException.class, () -> this.search.search(ALICE, query))
            .getMessageKey());
    }

    private static DirectoryQuery query(String keywords, int page, int pageSize)
    {
        return new DirectoryQuery(keywords, Map.of(), page, pageSize);
    }
}
