package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Map;

/**
 * One page of a directory search.
 *
 * @param total how many people matched
 * @param hits this page, best first
 * @param facets for each facet, its most frequent values among all the hits (values the searcher may not see on a
 *     hit are not counted for it)
 * @version $Id$
 */
public record DirectoryResult(int total, List<DirectoryHit> hits, Map<DirectoryFacet, List<FacetCount>> facets)
{
    /**
     * Copies the fields.
     */
    public DirectoryResult
    {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
