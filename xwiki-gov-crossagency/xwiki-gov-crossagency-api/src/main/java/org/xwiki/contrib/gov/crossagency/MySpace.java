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

import java.util.Objects;
import java.util.Optional;

/**
 * A space as the person in it sees it on "my spaces".
 *
 * @param space the space
 * @param role their role
 * @param state their state: active, invited, asking, suspended
 * @param reason why they are suspended (a translation key), when they are
 * @param pendingRequests for a steward, how many requests to join wait for a decision
 * @param awaitingAcknowledgement whether they are in but do not pass every guideline the space lists: they see its
 *     charter and the guidelines to read, not its content
 * @version $Id$
 * @since 1.0
 */
public record MySpace(SpaceSummary space, MemberRole role, MemberState state, Optional<String> reason,
    int pendingRequests, boolean awaitingAcknowledgement)
{
    /**
     * Checks the fields.
     */
    public MySpace
    {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }
}
