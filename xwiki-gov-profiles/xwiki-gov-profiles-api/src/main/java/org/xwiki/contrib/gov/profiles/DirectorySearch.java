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
 * @since 1.0
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
