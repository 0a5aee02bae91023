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
package org.xwiki.contrib.gov.role;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A role held by a user.
 *
 * @param userId the user who holds the role
 * @param role the role
 * @param agencyKey the agency the role applies to; empty for {@link GovRole#GOV_ADMIN}
 * @param grantedAt when it was granted
 * @param grantedBy who granted it (an audit actor id)
 * @version $Id$
 * @since 1.0
 */
public record RoleGrant(String userId, GovRole role, Optional<String> agencyKey, Instant grantedAt, String grantedBy)
{
    /**
     * Checks the fields.
     */
    public RoleGrant
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(grantedBy, "grantedBy");
    }
}
