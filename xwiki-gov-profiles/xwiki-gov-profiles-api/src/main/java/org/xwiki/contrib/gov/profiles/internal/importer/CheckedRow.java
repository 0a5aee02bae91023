package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.profiles.HrFields;

/**
 * An import row that passed the checks: what the person's HR fields and home unit are to be.
 *
 * @param line the row's line number
 * @param userId the person
 * @param hr the HR-owned fields, the manager included
 * @param unitKey the home unit, a unit of the import's agency; empty for the agency without a unit
 * @version $Id$
 */
public record CheckedRow(long line, String userId, HrFields hr, Optional<String> unitKey)
{
    /**
     * Checks the fields.
     */
    public CheckedRow
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(unitKey, "unitKey");
    }
}
