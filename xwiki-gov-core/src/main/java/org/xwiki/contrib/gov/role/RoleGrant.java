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
