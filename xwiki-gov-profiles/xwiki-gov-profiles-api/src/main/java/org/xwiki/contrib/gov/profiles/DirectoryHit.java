package org.xwiki.contrib.gov.profiles;

import java.util.Objects;
import java.util.Set;

/**
 * One person found by a directory search.
 *
 * @param person who
 * @param matchedFields where the keywords were found, among the fields the searcher may see
 * @version $Id$
 */
public record DirectoryHit(PersonSummary person, Set<MatchedField> matchedFields)
{
    /**
     * Checks and copies the fields.
     */
    public DirectoryHit
    {
        Objects.requireNonNull(person, "person");
        matchedFields = Set.copyOf(matchedFields);
    }
}
