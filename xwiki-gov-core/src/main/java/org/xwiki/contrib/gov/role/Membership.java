package org.xwiki.contrib.gov.role;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a person works: exactly one home agency, optionally one unit of it.
 *
 * @param userId the person
 * @param agencyKey the home agency
 * @param unitKey the unit within the home agency, if known
 * @version $Id$
 */
public record Membership(String userId, String agencyKey, Optional<String> unitKey)
{
    /**
     * Checks the fields.
     */
    public Membership
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(unitKey, "unitKey");
    }
}
