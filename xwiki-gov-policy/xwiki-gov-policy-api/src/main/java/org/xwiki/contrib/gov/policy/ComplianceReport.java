package org.xwiki.contrib.gov.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Compliance with one major version, within what the reader may see: by agency, or by unit of one agency.
 *
 * @param guidelineKey the guideline
 * @param majorVersion the major version
 * @param today the date overdue is judged against
 * @param agencyKey the agency drilled into, empty for the by-agency view
 * @param total the counts of all rows
 * @param rows the counts by agency, or by unit of {@code agencyKey}
 * @version $Id$
 */
public record ComplianceReport(String guidelineKey, int majorVersion, LocalDate today, Optional<String> agencyKey,
    ComplianceCounts total, List<ComplianceRow> rows)
{
    /**
     * Copies the rows.
     */
    public ComplianceReport
    {
        rows = List.copyOf(rows);
    }
}
