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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's membership of a cross-agency space.
 *
 * @param spaceKey the space
 * @param userId the person
 * @param agencyKey their home agency when they came in
 * @param role their role
 * @param state where the membership stands
 * @param since when it came to that state
 * @param requestMessage what they wrote when asking to join, if they asked
 * @param decidedBy who last decided on it (a steward declining or removing), if anyone
 * @param reason why, for a decline or a removal (a steward's words), or the translation key of a suspension's cause
 * @param guest the terms of a guest's membership, for a {@link MemberRole#GUEST}
 * @version $Id$
 * @since 1.0
 */
public record SpaceMember(String spaceKey, String userId, Optional<String> agencyKey, MemberRole role,
    MemberState state, Instant since, Optional<String> requestMessage, Optional<String> decidedBy,
    Optional<String> reason, Optional<GuestTerms> guest)
{
    /**
     * Checks the fields.
     */
    public SpaceMember
    {
        Objects.requireNonNull(spaceKey, "spaceKey");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(guest, "guest");
        if (guest.isPresent() != (role == MemberRole.GUEST)) {
            throw new IllegalArgumentException("A guest, and only a guest, has guest terms: " + userId);
        }
    }

    /**
     * A steward's or member's membership.
     *
     * @param spaceKey the space
     * @param userId the person
     * @param agencyKey their home agency when they came in
     * @param role their role, not a guest
     * @param state where the membership stands
     * @param since when it came to that state
     * @param requestMessage what they wrote when asking to join, if they asked
     * @param decidedBy who last decided on it, if anyone
     * @param reason why, for a decline, a removal or a suspension
     */
    public SpaceMember(String spaceKey, String userId, Optional<String> agencyKey, MemberRole role,
        MemberState state, Instant since, Optional<String> requestMessage, Optional<String> decidedBy,
        Optional<String> reason)
    {
        this(spaceKey, userId, agencyKey, role, state, since, requestMessage, decidedBy, reason, Optional.empty());
    }

    /**
     * @param newState the new state
     * @param at when it changes
     * @param newAgencyKey the person's home agency now
     * @param newDecidedBy who decided, if anyone
     * @param newReason why, if said
     * @return this membership in its new state, its role and guest terms kept
     */
    public SpaceMember changed(MemberState newState, Instant at, Optional<String> newAgencyKey,
        Optional<String> newDecidedBy, Optional<String> newReason)
    {
        return new SpaceMember(this.spaceKey, this.userId, newAgencyKey, this.role, newState, at, this.requestMessage,
            newDecidedBy, newReason, this.guest);
    }
}
