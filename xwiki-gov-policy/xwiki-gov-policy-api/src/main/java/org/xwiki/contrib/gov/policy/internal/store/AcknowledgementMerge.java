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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.internal.export.ExportRow;

/**
 * Pairs each assignment of an export with its acknowledgement, reading a guideline's acknowledgements in assignment
 * order beside its assignments in the same order: one ordered read of each, because a look-up per assignment costs a
 * round trip for every row of an export.
 *
 * @version $Id$
 */
final class AcknowledgementMerge
{
    /** The columns {@link #rowOf} reads, of one guideline's acknowledgements. */
    private static final String SELECT = "SELECT assignment_id, acknowledged_at, version_number, method, language, "
        + "quiz_score FROM gov_policy_ack WHERE guideline_key = ?";

    /** A guideline's acknowledgements, of every version, in assignment order. */
    static final String QUERY = SELECT + " ORDER BY assignment_id";

    /** A guideline's acknowledgements of the assignments after an id up to another, in assignment order. */
    static final String RANGE_QUERY =
        SELECT + " AND assignment_id > ? AND assignment_id <= ? ORDER BY assignment_id";

    private final ResultSet acknowledgements;

    private boolean hasCurrent;

    /**
     * @param acknowledgements the result of {@link #QUERY} or {@link #RANGE_QUERY}
     * @throws SQLException when reading it fails
     */
    AcknowledgementMerge(ResultSet acknowledgements) throws SQLException
    {
        this.acknowledgements = acknowledgements;
        this.hasCurrent = acknowledgements.next();
    }

    /**
     * @param assignment the next assignment, each with a larger id than the one before
     * @return its export row, with its acknowledgement if it has one
     * @throws SQLException when reading the acknowledgements fails
     */
    ExportRow rowOf(Assignment assignment) throws SQLException
    {
        ResultSet row = this.acknowledgements;
        while (this.hasCurrent && row.getLong(1) < assignment.id()) {
            this.hasCurrent = row.next();
        }
        if (!this.hasCurrent || row.getLong(1) != assignment.id()) {
            return new ExportRow(assignment, Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Optional.empty());
        }
        int quiz = row.getInt(6);
        Optional<Integer> score = row.wasNull() ? Optional.empty() : Optional.of(quiz);
        return new ExportRow(assignment, Optional.of(Instant.ofEpochMilli(row.getLong(2))), row.getInt(3),
            Optional.of(row.getString(4)), Optional.of(row.getString(5)), score);
    }
}
