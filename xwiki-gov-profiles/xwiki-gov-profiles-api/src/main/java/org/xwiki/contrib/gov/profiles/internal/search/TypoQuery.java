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
import java.util.Objects;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The terms of one field within a few edits of a word, matched and ranked as Lucene's {@link FuzzyQuery} does them
 * (the same terms, the same boosts, the same top terms kept), with the word's automata found once by its {@link Typo}
 * in {@link TypoAutomata} and shared by every field the word is looked for in. A search looks for each word in twelve
 * fields (four texts, each in three visibilities), and each {@link FuzzyQuery} builds its own automata: a third of a
 * search's time.
 *
 * @version $Id$
 */
final class TypoQuery extends MultiTermQuery
{
    private final Typo typo;

    /**
     * @param field the field
     * @param typo the word, with its allowed edits and its automata
     */
    TypoQuery(String field, Typo typo)
    {
        super(field, FuzzyQuery.defaultRewriteMethod(typo.maxExpansions()));
        this.typo = typo;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource attributes) throws IOException
    {
        return new WithinEdits(this.typo.widest().getTermsEnum(terms));
    }

    @Override
    public void visit(QueryVisitor visitor)
    {
        if (visitor.acceptField(this.field)) {
            visitor.consumeTermsMatching(this, this.field, () -> this.typo.widest().runAutomaton);
        }
    }

    @Override
    public String toString(String defaultField)
    {
        return (this.field.equals(defaultField) ? "" : this.field + ':') + this.typo;
    }

    @Override
    public boolean equals(Object other)
    {
        return super.equals(other) && this.typo.equals(((TypoQuery) other).typo);
    }

    @Override
    public int hashCode()
    {
        return Objects.hash(super.hashCode(), this.typo);
    }

    /** Gives each term of the widest automaton the boost of its edit distance, as {@link FuzzyQuery} does. */
    private final class WithinEdits extends FilteredTermsEnum
    {
        private final BoostAttribute boost;

        WithinEdits(TermsEnum within)
        {
            super(within, false);
            this.boost = attributes().addAttribute(BoostAttribute.class);
        }

        @Override
        protected AcceptStatus accept(BytesRef term)
        {
            int edits = TypoQuery.this.typo.edits(term);
            this.boost.setBoost(edits == 0 ? 1f
                : 1f - (float) edits / Math.min(UnicodeUtil.codePointCount(term), TypoQuery.this.typo.length()));
            return AcceptStatus.YES;
        }
    }

    /**
     * A word as typed, with how many edits it may be from a term and how many terms it may stand for. Its automata
     * come from {@link TypoAutomata} the first time a field is searched, then stay with it.
     */
    static final class Typo
    {
        private final String word;

        private final BytesRef bytes;

        private final int length;

        private final int maxEdits;

        private final int maxExpansions;

        private final TypoAutomata source;

        /** By edit distance, from 1 to {@link #maxEdits}; set once, then only read. */
        private volatile CompiledAutomaton[] automata;

        /**
         * @param word the word, analyzed
         * @param maxEdits at most how many edits, 1 or 2
         * @param maxExpansions at most how many terms of a field it stands for
         * @param source where its automata are built or found
         */
        Typo(String word, int maxEdits, int maxExpansions, TypoAutomata source)
        {
            if (maxEdits < 1 || maxEdits > 2 || maxExpansions < 1) {
                throw new IllegalArgumentException("A typo takes 1 or 2 edits and at least one term");
            }
            this.word = word;
            this.bytes = new BytesRef(word);
            this.length = word.codePointCount(0, word.length());
            this.maxEdits = maxEdits;
            this.maxExpansions = maxExpansions;
            this.source = source;
        }

        int maxExpansions()
        {
            return this.maxExpansions;
        }

        /** The word's length in code points. */
        int length()
        {
            return this.length;
        }

        /** The automaton of every term within {@link #maxEdits}. */
        CompiledAutomaton widest()
        {
            CompiledAutomaton[] built = automata();
            return built[built.length - 1];
        }

        /**
         * @param term a term the widest automaton accepts
         * @return its edit distance to the word
         */
        int edits(BytesRef term)
        {
            CompiledAutomaton[] built = automata();
            int edits = this.maxEdits;
            while (edits > 1 && built[edits - 2].runAutomaton.run(term.bytes, term.offset, term.length)) {
                edits--;
            }
            return edits == 1 && term.bytesEquals(this.bytes) ? 0 : edits;
        }

        private CompiledAutomaton[] automata()
        {
            CompiledAutomaton[] found = this.automata;
            if (found == null) {
                found = this.source.of(this.word, this.maxEdits);
                this.automata = found;
            }
            return found;
        }

        @Override
        public boolean equals(Object other)
        {
            return other instanceof Typo typo && this.word.equals(typo.word) && this.maxEdits == typo.maxEdits
                && this.maxExpansions == typo.maxExpansions;
        }

        @Override
        public int hashCode()
        {
            return Objects.hash(this.word, this.maxEdits, this.maxExpansions);
        }

        @Override
        public String toString()
        {
            return this.word + '~' + this.maxEdits;
        }
    }
}
