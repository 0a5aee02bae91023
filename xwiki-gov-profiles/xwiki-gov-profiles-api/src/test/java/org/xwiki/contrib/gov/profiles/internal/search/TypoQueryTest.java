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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xwiki.contrib.gov.profiles.internal.search.TypoQuery.Typo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A typo matches and ranks exactly as Lucene's {@link FuzzyQuery}: the same terms, boosts and top terms, over an index
 * of several segments whose terms are near misses of the words looked for.
 *
 * @version $Id$
 */
class TypoQueryTest
{
    private static final List<String> FIELDS = List.of("tx.skill.g", "tx.skill.a", "tx.bio.g");

    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();

    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws Exception
    {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (String word : List.of("python", "statistics", "épidémiologie", "cobol", "kubernetes", "data", "négociation",
            "procurement")) {
            vocabulary.add(word);
            for (int n = 0; n < 40; n++) {
                vocabulary.add(misspell(word, random));
            }
        }
        // A segment every 50 documents, never merged, so that the top terms are gathered across segments.
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMaxBufferedDocs(50)
            .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(DIRECTORY, config)) {
            for (int doc = 0; doc < 600; doc++) {
                Document document = new Document();
                for (String field : FIELDS) {
                    for (int value = 0; value < 3; value++) {
                        document.add(new StringField(field, vocabulary.get(random.nextInt(vocabulary.size())),
                            Field.Store.NO));
                    }
                }
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(DIRECTORY);
        assertTrue(reader.leaves().size() > 5, "several segments");
    }

    @AfterAll
    static void close() throws Exception
    {
        reader.close();
        DIRECTORY.close();
    }

    /** Replaces, inserts, deletes or swaps one or two characters, never the first. */
    private static String misspell(String word, Random random)
    {
        StringBuilder typo = new StringBuilder(word);
        for (int edit = 0; edit <= random.nextInt(2); edit++) {
            int at = 1 + random.nextInt(typo.length() - 1);
            char letter = "aeiouéstnrk".charAt(random.nextInt(11));
            switch (random.nextInt(4)) {
                case 0 -> typo.setCharAt(at, letter);
                case 1 -> typo.insert(at, letter);
                case 2 -> typo.deleteCharAt(at);
                default -> {
                    if (at < typo.length() - 1) {
                        char swapped = typo.charAt(at);
                        typo.setCharAt(at, typo.charAt(at + 1));
                        typo.setCharAt(at + 1, swapped);
                    }
                }
            }
        }
        return typo.toString();
    }

    @ParameterizedTest
    @CsvSource({"python,1,50", "pyhton,1,3", "statistics,2,50", "statsitics,2,1", "statistcs,2,5",
        "épidémiolgie,2,50", "épidémiologie,2,4", "cobol,1,2", "kubernets,2,50", "data,1,50", "negociation,2,7",
        "procurment,2,50", "nothing,1,50"})
    void matchesAndRanksAsFuzzyQuery(String word, int maxEdits, int maxExpansions) throws Exception
    {
        IndexSearcher searcher = new IndexSearcher(reader);
        Typo typo = new Typo(word, maxEdits, maxExpansions, new TypoAutomata());
        long found = 0;
        for (String field : FIELDS) {
            Query fuzzy = new FuzzyQuery(new Term(field, word), maxEdits, 1, maxExpansions, true);
            Query shared = new TypoQuery(field, typo);
            assertEquals(searcher.rewrite(fuzzy), searcher.rewrite(shared), field);
            TopDocs expected = searcher.search(fuzzy, 1_000);
            TopDocs actual = searcher.search(shared, 1_000);
            assertEquals(expected.totalHits, actual.totalHits, field);
            assertArrayEquals(scores(expected), scores(actual), field);
            found += expected.totalHits.value;
        }
        assertEquals("nothing".equals(word), found == 0, "only the word with no near miss finds nobody");
    }

    private static float[] scores(TopDocs top)
    {
        float[] scores = new float[top.scoreDocs.length * 2];
        int i = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            scores[i++] = hit.doc;
            scores[i++] = hit.score;
        }
        return scores;
    }
}
