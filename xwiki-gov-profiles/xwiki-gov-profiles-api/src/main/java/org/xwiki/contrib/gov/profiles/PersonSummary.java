package org.xwiki.contrib.gov.profiles;

import java.util.Objects;
import java.util.Optional;

/**
 * A person in a list: HR-owned fields only, which every employee may see.
 *
 * @param userId the person
 * @param displayName the name
 * @param positionTitle the position title
 * @param agencyKey the home agency
 * @param unitKey the home unit
 * @version $Id$
 */
public record PersonSummary(String userId, String displayName, Optional<String> positionTitle,
    Optional<String> agencyKey, Optional<String> unitKey)
{
    /**
     * Checks the fields.
     */
    public PersonSummary
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(positionTitle, "positionTitle");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(unitKey, "unitKey");
    }
}
