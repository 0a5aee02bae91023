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

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Who is in a cross-agency space. In an {@link MembershipPolicy#OPEN} space a public servant of a participating
 * agency joins at once; in a {@link MembershipPolicy#REQUEST} space they ask, with a message, and a steward approves
 * or declines with a reason. Members leave; stewards remove with a reason; every participating agency keeps at least
 * one steward. An archived space's membership is frozen. Each change is audited in its transaction.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface SpaceMembershipService
{
    /** The longest request message or reason. */
    int MAX_TEXT = 1000;

    /**
     * @param actor a public servant of a participating agency
     * @param key an active, open space
     * @return their membership; joining twice leaves the one membership
     * @throws GovException when the space is not open, not active, or the actor's agency does not take part
     */
    SpaceMember join(Actor actor, String key) throws GovException;

    /**
     * @param actor a public servant of a participating agency
     * @param key an active space by request
     * @param message why they would like to join
     * @return their request (or their membership, if they are in already)
     * @throws GovException as for {@link #join}, or when the message is missing or too long
     */
    SpaceMember request(Actor actor, String key, String message) throws GovException;

    /**
     * @param actor a steward of the space
     * @param key the space
     * @param userId who asked
     * @param approved whether the request is approved
     * @param reason why it is declined (ignored when approved)
     * @return the membership as decided
     * @throws GovException when the actor is no steward, there is no such request, or a decline has no reason
     */
    SpaceMember decideRequest(Actor actor, String key, String userId, boolean approved, String reason)
        throws GovException;

    /**
     * @param actor a steward of the space
     * @param key an active space
     * @param userId a public servant of a participating agency, not in the space
     * @return their invitation, which expires after {@code gov.crossagency.invitationDays} days
     * @throws GovException when the actor is no steward, the person is unknown, of another agency or in already
     */
    SpaceMember invite(Actor actor, String key, String userId) throws GovException;

    /**
     * @param actor a steward of the space, who becomes the guest's sponsor
     * @param key an active space
     * @param userId a public servant of an agency that does not take part, or a partner with no home agency, whose
     *     clearance covers the space's label
     * @param endDate the last day of their access: after today, at most {@code gov.crossagency.guestMaxDays} days away
     * @param access whether they read, or read and contribute
     * @return their guest membership
     * @throws GovException when the actor is no steward, the person is unknown, of a participating agency, below the
     *     label or in already, or the end date is not allowed
     */
    SpaceMember sponsorGuest(Actor actor, String key, String userId, LocalDate endDate, GuestAccess access)
        throws GovException;

    /**
     * @param actor a steward of the space
     * @param key an active space
     * @param userId one of its guests
     * @param endDate the new last day of their access, under the same rules as when sponsored
     * @return the guest membership, renewed (its sponsor warned again before the new end)
     * @throws GovException when the actor is no steward, the person is no guest of the space, or the date is not
     *     allowed
     */
    SpaceMember renewGuest(Actor actor, String key, String userId, LocalDate endDate) throws GovException;

    /**
     * @param actor a person invited to the space
     * @param key the space
     * @param accepted whether they accept
     * @return their membership (active when accepted), or their declined or expired invitation
     * @throws GovException when they have no invitation waiting, or it has expired
     */
    SpaceMember answerInvitation(Actor actor, String key, boolean accepted) throws GovException;

    /**
     * Names a steward: how the last steward of an agency names a successor before leaving, and how an agency whose
     * stewards all left or were suspended gets one again.
     *
     * @param actor a steward of the space, an administrator of the person's agency, or a government administrator
     * @param key an active space
     * @param userId an active member of the space (not a guest)
     * @return their membership, now a steward's
     * @throws GovException when the actor may not, or the person is not an active member
     */
    SpaceMember appointSteward(Actor actor, String key, String userId) throws GovException;

    /**
     * @param actor a member of the space
     * @param key the space
     * @return their membership, ended
     * @throws GovException when they are not in the space, or are the last steward of their agency
     */
    SpaceMember leave(Actor actor, String key) throws GovException;

    /**
     * @param actor a steward of the space, or a government administrator
     * @param key the space
     * @param userId a member
     * @param reason why
     * @return the membership, ended
     * @throws GovException when the actor may not, the person is not in the space, is the last steward of their agency,
     *     or the reason is missing
     */
    SpaceMember remove(Actor actor, String key, String userId, String reason) throws GovException;

    /**
     * @param actor who asks
     * @param key a space the actor may see
     * @return the people in it (its members see everyone in it, others its stewards only), stewards first, then by id
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when the actor may not see the space
     */
    List<SpaceMember> getMembers(Actor actor, String key) throws GovException;

    /**
     * @param actor a steward of the space
     * @param key the space
     * @return the requests to join waiting for a decision, oldest first
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when the actor may not see the space, an
     *     {@link org.xwiki.contrib.gov.AccessDeniedException} when they are no steward of it
     */
    List<SpaceMember> getRequests(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @param key a space the actor may see
     * @return the guidelines the space's members acknowledge before they see its content, and how the actor stands
     *     with each: a member who does not pass them all awaits acknowledgement
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when the actor may not see the space
     */
    List<GatingGuideline> getGatingGuidelines(Actor actor, String key) throws GovException;

    /**
     * @param actor who asks
     * @param key a space the actor may see
     * @return the actor's own membership of the space in whatever state, if they ever had one
     * @throws GovException a {@link org.xwiki.contrib.gov.NotFoundException} when the actor may not see the space
     */
    Optional<SpaceMember> getMembership(Actor actor, String key) throws GovException;
}
