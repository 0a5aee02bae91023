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
package org.xwiki.contrib.gov.crossagency;

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Finding spaces. A person sees the spaces they are in, invited to or asking to join, the ones they proposed, and the
 * active {@link MembershipPolicy#OPEN} and {@link MembershipPolicy#REQUEST} spaces of their home agency whose label
 * their clearance covers; an agency administrator also sees every space of their agencies, a government administrator
 * every space. Any other space is absent from every list and count, as if it did not exist.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface SpaceDirectory
{
    /** The most spaces {@link #suggest} returns. */
    int SUGGESTIONS = 10;

    /**
     * @param actor who searches
     * @param query the filters and the page
     * @return the page of the spaces the actor may see that match
     * @throws GovException when the actor is anonymous, the keywords are too long, or the store fails
     */
    SpaceSearchResult search(Actor actor, SpaceQuery query) throws GovException;

    /**
     * @param actor who asks
     * @return the actor's spaces and what waits for them
     * @throws GovException when the actor is anonymous, or the store fails
     */
    MySpaces mine(Actor actor) throws GovException;

    /**
     * Spaces to suggest while someone types a space's name (a picker, a search box): by the same rule as
     * {@link #search}, so that a space the actor may not see is never suggested.
     *
     * @param actor who types
     * @param text what they typed: words of the name, purpose or key
     * @return at most {@link #SUGGESTIONS} spaces the actor may see, by name
     * @throws GovException when the actor is anonymous, the text is empty or too long, or the store fails
     */
    List<SpaceSummary> suggest(Actor actor, String text) throws GovException;
}
