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
