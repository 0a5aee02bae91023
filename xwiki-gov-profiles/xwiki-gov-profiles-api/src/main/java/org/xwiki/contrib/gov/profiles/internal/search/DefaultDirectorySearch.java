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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectoryHit;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectoryResult;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.FacetCount;
import org.xwiki.contrib.gov.profiles.MatchedField;
import org.xwiki.contrib.gov.profiles.PersonSummary;
import org.xwiki.contrib.gov.profiles.internal.Viewer;
import org.xwiki.contrib.gov.profiles.internal.ViewerResolver;
import org.xwiki.contrib.gov.profiles.internal.search.TypoQuery.Typo;

/**
 * The directory search over the Lucene profile index. Every clause on a person-owned value goes through
 * {@link ScopedQueries} and every facet count through {@link VisibleScopes}, so a value the searcher may not see
 * never matches, ranks or counts.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultDirectorySearch implements DirectorySearch
{
    /** How deep a search may page. */
    static final int MAX_DEPTH = 10_000;

    private static final int MAX_SUGGESTIONS = 20;

    private static final int FACET_VALUES = 10;

    /** The most terms of the index a typo expands to: Lucene's default. */
    private static final int MAX_TYPO_TERMS = FuzzyQuery.defaultMaxExpansions;

    private static final Map<String, Float> TEXT_FIELDS = Map.of(IndexFields.NAME, 3f, IndexFields.SKILL, 2.5f,
        IndexFields.TITLE, 2f, IndexFields.BIO, 1f);

    private static final Sort BY_RELEVANCE_THEN_NAME =
        new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.SORT_NAME, SortField.Type.STRING));

    private static final Sort BY_NAME = new Sort(new SortField(IndexFields.SORT_NAME, SortField.Type.STRING));

    @Inject
    private ViewerResolver viewers;

    @Inject
    private ProfileIndex index;

    @Inject
    private TypoAutomata typoAutomata;

    @Override
    public DirectoryResult search(Actor actor, DirectoryQuery query) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        check(query);
        ScopedQueries scoped = new ScopedQueries(viewer);
        List<String> words = distinctWords(query.keywords());
        if (words.size() > DirectoryQuery.MAX_WORDS) {
            throw tooManyWords();
        }
        List<Query> filters = new ArrayList<>();
        for (Map.Entry<DirectoryFacet, Set<String>> filter : query.filters().entrySet()) {
            if (!filter.getValue().isEmpty()) {
                filters.add(filterQuery(scoped, filter.getKey(), filter.getValue()));
            }
        }
        // The clauses every search takes come first: the text's own, the endorsements of the words as typed, the
        // filters; typo expansions and the endorsements of corrected words share what is left.
        ClauseBudget budget = new ClauseBudget();
        int perEndorsement = ClauseBudget.of(endorsed(scoped, "")).all();
        if (!budget.spend(1 + words.size() * perEndorsement
            + filters.stream().mapToInt(filter -> ClauseBudget.of(filter).all()).sum())) {
            throw tooManyWords();
        }
        Optional<Query> text = words.isEmpty() ? Optional.empty() : Optional.of(textQuery(scoped, words, budget));
        int depth = (query.page() + 1) * query.pageSize();
        return this.index.search(searcher -> {
            // Rewritten once (typo expansion is most of a search's time), for the search and for "why it matched".
            Optional<Query> rewritten = text.isEmpty() ? Optional.empty() : Optional.of(searcher.rewrite(text.get()));
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            builder.add(rewritten.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
            for (String word : skillWords(words, rewritten, budget, perEndorsement)) {
                builder.add(endorsed(scoped, word), Occur.SHOULD);
            }
            filters.forEach(filter -> builder.add(filter, Occur.FILTER));
            // Lucene 9.8's collector manager: the version XWiki 17.10 ships (its Solr), so that both share one jar.
            Object[] results = searcher.search(builder.build(), new MultiCollectorManager(
                TopFieldCollector.createSharedManager(BY_RELEVANCE_THEN_NAME, depth, null, depth),
                new FacetCollectorManager(viewer, EnumSet.allOf(DirectoryFacet.class), value -> true, FACET_VALUES)));
            TopFieldDocs top = (TopFieldDocs) results[0];
            FacetCollectorManager.Counts counts = (FacetCollectorManager.Counts) results[1];
            Optional<Weight> matcher = rewritten.isEmpty() ? Optional.empty()
                : Optional.of(searcher.createWeight(rewritten.get(), ScoreMode.COMPLETE_NO_SCORES, 1));
            List<DirectoryHit> hits = new ArrayList<>();
            for (int i = query.page() * query.pageSize(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                hits.add(new DirectoryHit(summary(searcher, hit.doc), matched(searcher, matcher, hit.doc)));
            }
            return new DirectoryResult(counts.hits(), hits, counts.facets());
        });
    }

    /**
     * The skill words the keywords stand for, typos corrected against the indexed skills, so that endorsements rank a
     * misspelt search too: the words as typed (their clauses already counted), then the skill terms the text query's
     * typo expansion found, in order, as long as the budget lasts. Which of them count for a hit is still decided by
     * {@link ScopedQueries}.
     */
    private static Set<String> skillWords(List<String> words, Optional<Query> rewrittenText, ClauseBudget budget,
        int perEndorsement)
    {
        Set<String> skillWords = new LinkedHashSet<>(words);
        Set<Term> terms = new HashSet<>();
        rewrittenText.ifPresent(query -> query.visit(QueryVisitor.termCollector(terms)));
        String skillFields = IndexFields.TEXT + IndexFields.SKILL + '.';
        terms.stream().filter(term -> term.field().startsWith(skillFields) && term.field().length()
            == skillFields.length() + 1).map(Term::text).filter(word -> !skillWords.contains(word)).sorted()
            .distinct().takeWhile(word -> budget.spend(perEndorsement)).forEach(skillWords::add);
        return skillWords;
    }

    private static Query endorsed(ScopedQueries scoped, String word)
    {
        return new BoostQuery(scoped.visible(IndexFields.ENDORSED,
            field -> FeatureField.newSaturationQuery(field, word, 1f, 2f)), 2f);
    }

    private List<String> distinctWords(String text)
    {
        return List.copyOf(new LinkedHashSet<>(this.index.getAnalyzer().words(text)));
    }

    private static GovException tooManyWords()
    {
        return new GovException("gov.profiles.search.keywords.tooManyWords", DirectoryQuery.MAX_WORDS);
    }

    private static void check(DirectoryQuery query) throws GovException
    {
        if (query.keywords().length() > DirectoryQuery.MAX_KEYWORDS_LENGTH) {
            throw new GovException("gov.profiles.search.keywords.tooLong", DirectoryQuery.MAX_KEYWORDS_LENGTH);
        }
        if (query.page() < 0 || query.pageSize() < 1 || query.pageSize() > DirectoryQuery.MAX_PAGE_SIZE
            || (long) (query.page() + 1) * query.pageSize() > MAX_DEPTH) {
            throw new GovException("gov.profiles.search.page.invalid", DirectoryQuery.MAX_PAGE_SIZE, MAX_DEPTH);
        }
        for (Set<String> values : query.filters().values()) {
            if (values.size() > FACET_VALUES * 5 || values.stream().anyMatch(value -> value.length() > 200)) {
                throw new GovException("gov.profiles.search.filter.invalid");
            }
        }
    }

    /**
     * Every word must match one of the text fields, exactly (preferred) or with a typo. Each typo expands to the
     * closest terms of the index, as many as the budget leaves each (at most {@value #MAX_TYPO_TERMS}; none when
     * nothing is left, and then only exact words match).
     */
    private Query textQuery(ScopedQueries scoped, List<String> words, ClauseBudget budget)
        throws GovException
    {
        Query counted = textQuery(scoped, words, 1);
        ClauseBudget.Leaves leaves = ClauseBudget.of(counted);
        int typos = leaves.patterns();
        if (!budget.spend(leaves.all() - typos)) {
            throw tooManyWords();
        }
        int termsPerTypo = typos == 0 ? 0 : Math.min(MAX_TYPO_TERMS, budget.left() / typos);
        budget.spend(typos * termsPerTypo);
        return termsPerTypo == 1 ? counted : textQuery(scoped, words, termsPerTypo);
    }

    private Query textQuery(ScopedQueries scoped, List<String> words, int termsPerTypo)
    {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            // One typo per word, whose automata every field shares, and later searches of the word.
            Optional<Typo> typo = word.length() < 4 || termsPerTypo == 0 ? Optional.empty()
                : Optional.of(new Typo(word, word.length() >= 8 ? 2 : 1, termsPerTypo, this.typoAutomata));
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            TEXT_FIELDS.forEach((base, boost) -> any.add(new BoostQuery(scoped.visible(IndexFields.TEXT + base,
                field -> exactOrTypo(field, word, typo)), boost), Occur.SHOULD));
            all.add(any.build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query exactOrTypo(String field, String word, Optional<Typo> typo)
    {
        Term term = new Term(field, word);
        if (typo.isEmpty()) {
            return new TermQuery(term);
        }
        return new BooleanQuery.Builder()
            .add(new BoostQuery(new TermQuery(term), 3f), Occur.SHOULD)
            .add(new TypoQuery(field, typo.get()), Occur.SHOULD)
            .build();
    }

    private static Query filterQuery(ScopedQueries scoped, DirectoryFacet facet, Set<String> values)
    {
        List<BytesRef> terms = values.stream().map(BytesRef::new).toList();
        if (facet.getField().isEmpty()) {
            return new TermInSetQuery(FacetCollectorManager.base(facet), terms);
        }
        return scoped.visible(FacetCollectorManager.base(facet), field -> new TermInSetQuery(field, terms));
    }

    private static PersonSummary summary(IndexSearcher searcher, int doc) throws IOException
    {
        Document document = searcher.storedFields().document(doc);
        return new PersonSummary(document.get(IndexFields.ID), document.get(IndexFields.DISPLAY_NAME),
            Optional.ofNullable(document.get(IndexFields.POSITION_TITLE)),
            Optional.ofNullable(document.get(IndexFields.AGENCY)), Optional.ofNullable(document.get(IndexFields.UNIT)));
    }

    private static Set<MatchedField> matched(IndexSearcher searcher, Optional<Weight> matcher, int doc)
        throws IOException
    {
        Set<MatchedField> fields = EnumSet.noneOf(MatchedField.class);
        if (matcher.isEmpty()) {
            return fields;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = matcher.get().matches(leaf, doc - leaf.docBase);
        if (matches != null) {
            for (String field : matches) {
                matchedField(field).ifPresent(fields::add);
            }
        }
        return fields;
    }

    private static Optional<MatchedField> matchedField(String field)
    {
        if (!field.startsWith(IndexFields.TEXT)) {
            return Optional.empty();
        }
        String base = field.substring(IndexFields.TEXT.length(), field.length() - 2);
        return Optional.of(MatchedField.valueOf(base.toUpperCase(Locale.ROOT)));
    }

    @Override
    public List<PersonSummary> suggestPeople(Actor actor, String prefix, int limit) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        List<String> words = distinctWords(checkPrefix(prefix));
        if (words.isEmpty()) {
            return List.of();
        }
        ScopedQueries scoped = new ScopedQueries(viewer);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            builder.add(scoped.visible(IndexFields.TEXT + IndexFields.NAME,
                field -> last ? new PrefixQuery(new Term(field, word)) : new TermQuery(new Term(field, word))),
                Occur.FILTER);
        }
        int size = Math.max(1, Math.min(limit, MAX_SUGGESTIONS));
        return this.index.search(searcher -> {
            List<PersonSummary> people = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(builder.build(), size, BY_NAME).scoreDocs) {
                people.add(summary(searcher, hit.doc));
            }
            return people;
        });
    }

    @Override
    public List<FacetCount> suggestSkills(Actor actor, String prefix, int limit) throws GovException
    {
        Viewer viewer = this.viewers.resolve(actor);
        String start = checkPrefix(prefix).strip().toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            return List.of();
        }
        Query query = new ScopedQueries(viewer).visible(IndexFields.KEYWORD + IndexFields.SKILL,
            field -> new PrefixQuery(new Term(field, start)));
        Predicate<String> startsSo = value -> value.startsWith(start);
        int size = Math.max(1, Math.min(limit, MAX_SUGGESTIONS));
        return this.index.search(searcher -> searcher.search(query,
            new FacetCollectorManager(viewer, EnumSet.of(DirectoryFacet.SKILL), startsSo, size)).facets()
            .get(DirectoryFacet.SKILL));
    }

    private static String checkPrefix(String prefix) throws GovException
    {
        String text = prefix == null ? "" : prefix;
        if (text.length() > DirectoryQuery.MAX_KEYWORDS_LENGTH) {
            throw new GovException("gov.profiles.search.keywords.tooLong", DirectoryQuery.MAX_KEYWORDS_LENGTH);
        }
        return text;
    }
}
