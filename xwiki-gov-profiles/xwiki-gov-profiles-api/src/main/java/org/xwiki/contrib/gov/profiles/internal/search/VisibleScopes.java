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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.Viewer;

/**
 * For the documents of one index segment, which visibilities one viewer may see: the same rule as
 * {@link Viewer#canSee}, read from the document's agency and id doc values.
 *
 * @version $Id$
 */
final class VisibleScopes
{
    private static final Set<Visibility> GOVERNMENT_ONLY = EnumSet.of(Visibility.GOVERNMENT);

    private static final Set<Visibility> ALL = EnumSet.allOf(Visibility.class);

    private final Viewer viewer;

    private final SortedSetDocValues agencies;

    private final SortedDocValues ids;

    /** The viewer's own id in this segment, negative when they are not in it. */
    private final int selfOrdinal;

    private final Map<Long, Set<Visibility>> byAgencyOrdinal = new HashMap<>();

    VisibleScopes(Viewer viewer, LeafReader reader) throws IOException
    {
        this.viewer = viewer;
        this.agencies = DocValues.getSortedSet(reader, IndexFields.AGENCY);
        this.ids = DocValues.getSorted(reader, IndexFields.ID);
        this.selfOrdinal = viewer.userId().isPresent() ? this.ids.lookupTerm(new BytesRef(viewer.userId().get())) : -1;
    }

    /**
     * @param doc a document of the segment
     * @return the visibilities whose values the viewer may see on it
     * @throws IOException when the index cannot be read
     */
    Set<Visibility> of(int doc) throws IOException
    {
        if (this.selfOrdinal >= 0 && this.ids.advanceExact(doc) && this.ids.ordValue() == this.selfOrdinal) {
            return ALL;
        }
        if (!this.agencies.advanceExact(doc)) {
            return GOVERNMENT_ONLY;
        }
        long ordinal = this.agencies.nextOrd();
        Set<Visibility> scopes = this.byAgencyOrdinal.get(ordinal);
        if (scopes == null) {
            String agency = this.agencies.lookupOrd(ordinal).utf8ToString();
            scopes = EnumSet.of(Visibility.GOVERNMENT);
            if (this.viewer.agencyScope().contains(agency)) {
                scopes.add(Visibility.AGENCY);
            }
            if (this.viewer.hrAgencies().contains(agency)) {
                scopes.add(Visibility.PRIVATE);
            }
            this.byAgencyOrdinal.put(ordinal, scopes);
        }
        return scopes;
    }
}
