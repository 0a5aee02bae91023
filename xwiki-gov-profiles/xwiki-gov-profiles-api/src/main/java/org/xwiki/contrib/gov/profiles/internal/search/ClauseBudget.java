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

import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Keeps a search within Lucene's limit on the clauses of one query ({@link IndexSearcher#getMaxClauseCount()}, 1,024
 * unless the host changed it), which counts every leaf of the query tree once typos are expanded: past it a search
 * fails. Counts leaves as Lucene does, and hands out what is left.
 *
 * @version $Id$
 */
final class ClauseBudget
{
    private int left;

    /**
     * A budget of Lucene's limit.
     */
    ClauseBudget()
    {
        this.left = IndexSearcher.getMaxClauseCount();
    }

    /**
     * @return the clauses left
     */
    int left()
    {
        return this.left;
    }

    /**
     * @param clauses clauses a query takes
     * @return whether they were left, and are now spent; nothing is spent otherwise
     */
    boolean spend(int clauses)
    {
        if (clauses > this.left) {
            return false;
        }
        this.left -= clauses;
        return true;
    }

    /**
     * The leaves of a query, as Lucene counts them.
     *
     * @param all every leaf: a term, a set of terms, or a typo expansion before it is expanded
     * @param patterns the typo expansions (and other term patterns) among them: each grows into several leaves when
     *     rewritten
     */
    record Leaves(int all, int patterns)
    {
    }

    /**
     * @param query a query
     * @return its leaves
     */
    static Leaves of(Query query)
    {
        LeafCounter counter = new LeafCounter();
        query.visit(counter);
        return new Leaves(counter.leaves, counter.patterns);
    }

    /** Counts leaves over the whole tree, whatever their occurrence. */
    private static final class LeafCounter extends QueryVisitor
    {
        private int leaves;

        private int patterns;

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent)
        {
            return this;
        }

        @Override
        public void visitLeaf(Query query)
        {
            this.leaves++;
        }

        @Override
        public void consumeTerms(Query query, Term... terms)
        {
            this.leaves++;
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton)
        {
            this.leaves++;
            this.patterns++;
        }
    }
}
