package org.xwiki.contrib.gov.profiles;

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * The directory and expert finder: a search over the active profiles that only ever uses the values the searcher
 * may see.
 *
 * @version $Id$
 */
@Role
public interface DirectorySearch
{
    /**
     * @param actor who searches; needs {@link ProfileOperations#VIEW_DIRECTORY}
     * @param query the search
     * @return the page of hits and the facet counts
     * @throws GovException when the query is invalid or the actor may not search
     */
    DirectoryResult search(Actor actor, DirectoryQuery query) throws GovException;

    /**
     * @param actor who types
     * @param prefix the start of a name
     * @param limit the most suggestions, 1 to 20
     * @return matching people, best first
     * @throws GovException when the actor may not search
     */
    List<PersonSummary> suggestPeople(Actor actor, String prefix, int limit) throws GovException;

    /**
     * @param actor who types
     * @param prefix the start of a skill
     * @param limit the most suggestions, 1 to 20
     * @return the skills starting so that the actor may see on someone, most frequent first
     * @throws GovException when the actor may not search
     */
    List<FacetCount> suggestSkills(Actor actor, String prefix, int limit) throws GovException;
}
