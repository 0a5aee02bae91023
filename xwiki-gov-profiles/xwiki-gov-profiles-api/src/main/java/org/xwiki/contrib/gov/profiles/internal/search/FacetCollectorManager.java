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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.FacetCount;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.Viewer;

/**
 * Counts the facet values of all the hits of a query, each hit's value counted only when the viewer may see it on that
 * hit, and counts the hits.
 *
 * @version $Id$
 */
final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.FacetCollector,
    FacetCollectorManager.Counts>
{
    /** The facet counts and the number of hits. */
    record Counts(int hits, Map<DirectoryFacet, List<FacetCount>> facets)
    {
    }

    private final Viewer viewer;

    private final Set<DirectoryFacet> facets;

    private final Predicate<String> values;

    private final int limit;

    /**
     * @param viewer who searches
     * @param facets the facets to count
     * @param values the values worth counting
     * @param limit the most values returned per facet
     */
    FacetCollectorManager(Viewer viewer, Set<DirectoryFacet> facets, Predicate<String> values, int limit)
    {
        this.viewer = viewer;
        this.facets = facets;
        this.values = values;
        this.limit = limit;
    }

    /**
     * @param facet a facet
     * @return the index field of the facet, without the visibility suffix for facets on person-owned fields
     */
    static String base(DirectoryFacet facet)
    {
        return switch (facet) {
            case AGENCY -> IndexFields.AGENCY;
            case UNIT -> IndexFields.UNIT;
            case SKILL -> IndexFields.KEYWORD + IndexFields.SKILL;
            case LANGUAGE -> IndexFields.KEYWORD + IndexFields.LANGUAGE;
            case LOCATION -> IndexFields.KEYWORD + IndexFields.LOCATION;
            case OPEN_TO_COLLABORATION -> IndexFields.KEYWORD + IndexFields.OPEN;
        };
    }

    /**
     * @param facet a facet
     * @param visibility a visibility (ignored for the always-visible facets)
     * @return the index field holding the facet's values of that visibility
     */
    static String field(DirectoryFacet facet, Visibility visibility)
    {
        return facet.getField().isEmpty() ? base(facet) : IndexFields.scoped(base(facet), visibility);
    }

    @Override
    public FacetCollector newCollector()
    {
        return new FacetCollector();
    }

    @Override
    public Counts reduce(Collection<FacetCollector> collectors) throws IOException
    {
        int hits = 0;
        Map<DirectoryFacet, Map<String, Integer>> merged = new EnumMap<>(DirectoryFacet.class);
        for (FacetCollector collector : collectors) {
            collector.flush();
            hits += collector.hits;
            collector.counts.forEach((facet, counts) -> counts.forEach((value, count) -> merged
                .computeIfAbsent(facet, key -> new HashMap<>()).merge(value, count, Integer::sum)));
        }
        Map<DirectoryFacet, List<FacetCount>> result = new EnumMap<>(DirectoryFacet.class);
        for (DirectoryFacet facet : this.facets) {
            result.put(facet, merged.getOrDefault(facet, Map.of()).entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(this.limit).toList());
        }
        return new Counts(hits, result);
    }

    /** Counts by ordinal within a segment, by value across segments. */
    final class FacetCollector implements Collector
    {
        private final Map<DirectoryFacet, Map<String, Integer>> counts = new EnumMap<>(DirectoryFacet.class);

        private final List<SegmentCounts> segment = new ArrayList<>();

        private int hits;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException
        {
            flush();
            VisibleScopes scopes = new VisibleScopes(FacetCollectorManager.this.viewer, context.reader());
            for (DirectoryFacet facet : FacetCollectorManager.this.facets) {
                for (Visibility visibility : facet.getField().isEmpty() ? List.of(Visibility.GOVERNMENT)
                    : List.of(Visibility.values())) {
                    SortedSetDocValues values = DocValues.getSortedSet(context.reader(), field(facet, visibility));
                    this.segment.add(new SegmentCounts(facet, visibility, values,
                        new int[(int) Math.min(Integer.MAX_VALUE - 8, values.getValueCount())]));
                }
            }
            return new LeafCollector()
            {
                @Override
                public void setScorer(Scorable scorer)
                {
                    // Counting does not need scores.
                }

                @Override
                public void collect(int doc) throws IOException
                {
                    FacetCollector.this.hits++;
                    Set<Visibility> visible = scopes.of(doc);
                    for (SegmentCounts counts : FacetCollector.this.segment) {
                        if (visible.contains(counts.visibility()) && counts.values().advanceExact(doc)) {
                            for (int i = 0; i < counts.values().docValueCount(); i++) {
                                counts.byOrdinal()[(int) counts.values().nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode()
        {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        /** Turns the ordinal counts of the segment done into value counts. */
        void flush() throws IOException
        {
            for (SegmentCounts counts : this.segment) {
                Map<String, Integer> byValue = this.counts.computeIfAbsent(counts.facet(), key -> new HashMap<>());
                for (int ordinal = 0; ordinal < counts.byOrdinal().length; ordinal++) {
                    if (counts.byOrdinal()[ordinal] > 0) {
                        String value = counts.values().lookupOrd(ordinal).utf8ToString();
                        if (FacetCollectorManager.this.values.test(value)) {
                            byValue.merge(value, counts.byOrdinal()[ordinal], Integer::sum);
                        }
                    }
                }
            }
            this.segment.clear();
        }
    }

    /** The counts of one facet field in one segment. */
    private record SegmentCounts(DirectoryFacet facet, Visibility visibility, SortedSetDocValues values,
        int[] byOrdinal)
    {
    }
}
