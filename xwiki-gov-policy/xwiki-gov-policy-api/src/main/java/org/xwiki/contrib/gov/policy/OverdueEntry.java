package org.xwiki.contrib.gov.policy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A person late with an acknowledgement.
 *
 * @param userId the person
 * @param displayName their name
 * @param agencyKey their agency
 * @param unitKey their unit
 * @param dueDate the date that passed
 * @param daysOverdue how many days ago
 * @version $Id$
 */
public record OverdueEntry(String userId, String displayName, String agencyKey, Optional<String> unitKey,
    LocalDate dueDate, long daysOverdue)
{
}
