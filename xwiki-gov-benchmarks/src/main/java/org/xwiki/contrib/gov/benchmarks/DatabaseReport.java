package org.xwiki.contrib.gov.benchmarks;

import java.util.List;

/**
 * The figures of one database.
 *
 * @param database the product and version
 * @param measurements the figures
 * @version $Id$
 */
record DatabaseReport(String database, List<Measurement> measurements)
{
    /**
     * @param reports the figures of each database
     * @return them as one Markdown table per database
     */
    static String toMarkdown(List<DatabaseReport> reports)
    {
        StringBuilder out = new StringBuilder();
        for (DatabaseReport report : reports) {
            out.append(System.lineSeparator()).append("**").append(report.database()).append("**")
                .append(System.lineSeparator()).append(System.lineSeparator());
            out.append("| Measure | Target | Service layer | Plain JDBC | Ratio | Target met |")
                .append(System.lineSeparator());
            out.append("|---|---|---|---|---|---|").append(System.lineSeparator());
            for (Measurement measurement : report.measurements()) {
                out.append(measurement.toMarkdownRow()).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
