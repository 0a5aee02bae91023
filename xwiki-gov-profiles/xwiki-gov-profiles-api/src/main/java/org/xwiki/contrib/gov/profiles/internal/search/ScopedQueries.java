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
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.Viewer;

/**
 * Builds the queries over person-owned values that only match where one viewer may see them: a value in the
 * {@code .g} field matches anybody's search, one in {@code .a} only on people of the viewer's agency scope, one in
 * {@code .p} only on the viewer themselves and the people of the agencies where the viewer is HR.
 *
 * @version $Id$
 */
public final class ScopedQueries
{
    private final Viewer viewer;

    /**
     * @param viewer who searches
     */
    public ScopedQueries(Viewer viewer)
    {
        this.viewer = viewer;
    }

    /**
     * @param base the field without its visibility suffix, e.g. {@code tx.skill}
     * @param perField builds the query on one of the three fields
     * @return a query matching the value only where the viewer may see it
     */
    public Query visible(String base, Function<String, Query> perField)
    {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(perField.apply(IndexFields.scoped(base, Visibility.GOVERNMENT)), Occur.SHOULD);
        List<Visibility> restricted = List.of(Visibility.AGENCY, Visibility.PRIVATE);
        for (Visibility visibility : restricted) {
            Query access = accessFilter(visibility == Visibility.AGENCY ? this.viewer.agencyScope()
                : this.viewer.hrAgencies());
            if (!(access instanceof MatchNoDocsQuery)) {
                builder.add(new BooleanQuery.Builder()
                    .add(perField.apply(IndexFields.scoped(base, visibility)), Occur.MUST)
                    .add(access, Occur.FILTER).build(), Occur.SHOULD);
            }
        }
        return builder.build();
    }

    /** Matches the people of the given agencies, and the viewer. */
    private Query accessFilter(Set<String> agencies)
    {
        List<Query> clauses = new ArrayList<>();
        if (!agencies.isEmpty()) {
            clauses.add(new TermInSetQuery(IndexFields.AGENCY, agencies.stream().map(BytesRef::new).toList()));
        }
        this.viewer.userId().ifPresent(self -> clauses.add(new TermQuery(new Term(IndexFields.ID, self))));
        if (clauses.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        clauses.forEach(clause -> builder.add(clause, Occur.SHOULD));
        return builder.build();
    }
}
