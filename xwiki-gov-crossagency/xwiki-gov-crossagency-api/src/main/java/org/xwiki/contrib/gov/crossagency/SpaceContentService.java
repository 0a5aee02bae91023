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
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.collaboration.ContentAccess;

/**
 * What a space's home shows of its content and life: its pages (kept by the host, see
 * {@link org.xwiki.contrib.gov.collaboration.CollaborationPages}) and its latest activity.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface SpaceContentService
{
    /**
     * @param actor who asks
     * @param key the space
     * @return what the actor may do with the space's pages
     * @throws GovException when the space is not visible to the actor (answered as an unknown space)
     */
    ContentAccess getContentAccess(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks: someone who may view the space's content
     * @param key the space
     * @return its pages, the most recently saved first; none when the host keeps no pages
     * @throws GovException when the space is not visible, or its content not readable, by the actor
     */
    List<CollaborationPage> getPages(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @param key the space
     * @return where the actor writes a new page of the space; empty when they may not, or the host keeps no pages
     * @throws GovException when the space is not visible to the actor
     */
    Optional<String> getNewPageUrl(Actor actor, String key) throws GovException;

    /**
     * The latest joins, departures, reviews and status changes, with the latest page saves for whoever may read the
     * content. Guests and outsiders see the space's own changes only (they do not see who else is in).
     *
     * @param actor who asks
     * @param key the space
     * @return the latest activity, newest first
     * @throws GovException when the space is not visible to the actor
     */
    List<SpaceActivity> getActivity(Actor actor, String key) throws GovException;
}
