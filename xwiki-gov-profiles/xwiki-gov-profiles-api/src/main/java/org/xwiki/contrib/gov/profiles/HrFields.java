package org.xwiki.contrib.gov.profiles;

import java.util.Objects;
import java.util.Optional;

/**
 * The profile fields HR owns, edited by the HR officers and agency administrators of the person's agency, or by an
 * import. The home agency and unit come from the kernel's membership registry. These fields are visible to every
 * employee.
 *
 * @param displayName the person's name as HR records it
 * @param positionTitle the position title
 * @param classification the classification and level, e.g. {@code EC-05}
 * @param managerId the user id of the person's manager
 * @version $Id$
 */
public record HrFields(String displayName, Optional<String> positionTitle, Optional<String> classification,
    Optional<String> managerId)
{
    /**
     * Checks the fields.
     */
    public HrFields
    {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(positionTitle, "positionTitle");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(managerId, "managerId");
    }
}
