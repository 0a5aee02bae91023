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
package org.xwiki.contrib.gov.policy.internal.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.internal.export.ExportRowConsumer;

/**
 * Reads a major version's assignments for an export on H2 a page at a time, each page with its acknowledgements. H2
 * computes the whole result of a query before it hands out the first row, and writes it to disk beyond a few tens of
 * thousands of rows: a single query over a million assignments spent most of an export writing its own result to
 * disk and reading it back. A page stays in memory. Pages follow the assignment ids, so no row is read twice or left
 * out; each page reads what is committed when it is read, as each of the two queries of a single read did.
 *
 * @version $Id$
 */
final class AssignmentPages
{
    /** Well under H2's rows held in memory, even in a 256 MB heap. */
    static final int SIZE = 10_000;

    /** H2 seeks a table's own order only by {@code _ROWID_}, which is the assignment id (its BIGINT primary key). */
    private static final String ASSIGNMENTS = "SELECT " + JdbcAssignmentStore.COLUMNS
        + " FROM gov_policy_assignment a USE INDEX () WHERE a._ROWID_ > ? AND a.guideline_key = ? "
        + "AND a.major_version = ?%s ORDER BY a.assignment_id FETCH FIRST ? ROWS ONLY";

    private AssignmentPages()
    {
    }

    /**
     * @param connection a connection in a transaction
     * @param key the guideline
     * @param major the major version
     * @param after an id that all of the version's assignment ids exceed: the pages start there
     * @param scopeCondition the SQL that keeps the agencies of the export, after the guideline and version
     * @param scopeParameters its parameters
     * @param size the most assignments of a page
     * @param consumer called for each row, in assignment order
     * @throws SQLException when a statement fails
     * @throws IOException when the consumer fails to write
     */
    static void stream(Connection connection, String key, int major, long after, String scopeCondition,
        List<Object> scopeParameters, int size, ExportRowConsumer consumer) throws SQLException, IOException
    {
        try (PreparedStatement assignments = connection.prepareStatement(String.format(ASSIGNMENTS, scopeCondition));
            PreparedStatement acknowledgements = connection.prepareStatement(AcknowledgementMerge.RANGE_QUERY)) {
            long previous = after;
            List<Assignment> page;
            do {
                page = read(assignments, previous, key, major, scopeParameters, size);
                if (page.isEmpty()) {
                    return;
                }
                long last = page.get(page.size() - 1).id();
                acknowledgements.setString(1, key);
                acknowledgements.setLong(2, previous);
                acknowledgements.setLong(3, last);
                try (ResultSet acknowledged = acknowledgements.executeQuery()) {
                    AcknowledgementMerge merge = new AcknowledgementMerge(acknowledged);
                    for (Assignment assignment : page) {
                        consumer.accept(merge.rowOf(assignment));
                    }
                }
                previous = last;
            } while (page.size() == size);
        }
    }

    private static List<Assignment> read(PreparedStatement assignments, long after, String key, int major,
        List<Object> scopeParameters, int size) throws SQLException
    {
        assignments.setLong(1, after);
        assignments.setString(2, key);
        assignments.setInt(3, major);
        for (int index = 0; index < scopeParameters.size(); index++) {
            assignments.setObject(index + 4, scopeParameters.get(index));
        }
        assignments.setInt(scopeParameters.size() + 4, size);
        List<Assignment> page = new ArrayList<>(size);
        try (ResultSet result = assignments.executeQuery()) {
            while (result.next()) {
                page.add(JdbcAssignmentStore.toAssignment(result));
            }
        }
        return page;
    }
}
