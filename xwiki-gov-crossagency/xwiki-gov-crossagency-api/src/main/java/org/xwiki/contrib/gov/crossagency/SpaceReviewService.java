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

/**
 * Access reviews. Every review interval of an active space, the background sweep opens a review of its members and
 * guests and tells its stewards; the stewards confirm each person by the deadline; whoever is not confirmed then is
 * suspended, with the reason {@code gov.crossagency.suspension.notConfirmed}, and a steward may reinstate them.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface SpaceReviewService
{
    /**
     * @param actor a steward of the space
     * @param key the space
     * @return its open review with its progress, if one is open
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when the actor may not see the space, an
     *     {@link org.xwiki.contrib.gov.AccessDeniedException} when they are no steward of it
     */
    Optional<AccessReview> getOpenReview(Actor actor, String key) throws GovException;

    /**
     * @param actor a steward of the space
     * @param key the space
     * @return the people suspended from it, whatever the cause, by user id
     * @throws GovException as for {@link #getOpenReview}
     */
    List<SpaceMember> getSuspended(Actor actor, String key) throws GovException;

    /**
     * @param actor a steward of the space
     * @param key the space, with an open review
     * @param userId a person to confirm in it
     * @return the review, with the person confirmed (confirming twice changes nothing)
     * @throws GovException when the actor is no steward, there is no open review, or the person is not in it
     */
    AccessReview confirm(Actor actor, String key, String userId) throws GovException;

    /**
     * @param actor a steward of the space
     * @param key an active space
     * @param userId a person suspended for not being confirmed
     * @return their membership, active again
     * @throws GovException when the actor is no steward, the person was not suspended for that, or no longer meets the
     *     space's conditions (agency, clearance)
     */
    SpaceMember reinstate(Actor actor, String key, String userId) throws GovException;
}
