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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.store.JdbcValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tables of HR imports: the import and its position, its accepted rows, the people it names, its problems.
 *
 * @version $Id$
 */
@Component(roles = JdbcImportStore.class)
@Singleton
public class JdbcImportStore
{
    private static final int BATCH = 1000;

    private static final String IMPORT_ID = "import_id = ?";

    private static final String STATE_COLUMNS = "import_id, agency_key, full_import, file_columns, started_by, "
        + "started_at, phase, position_line, position_user, total_rows, deactivated_count";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param connection the connection
     * @param state the new import (its id is ignored)
     * @param now the time, epoch milliseconds
     * @return the import's number
     * @throws SQLException when the database fails
     */
    public long create(Connection connection, ImportState state, long now) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_profile_import (agency_key, "
            + "full_import, file_columns, started_by, started_at, updated_at, phase, position_line, position_user, "
            + "total_rows, deactivated_count) VALUES (?, ?, ?, ?, ?, ?, ?, " + ImportState.HEADER_LINE + ", '', ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, state.agencyKey());
            statement.setBoolean(2, state.full());
            statement.setString(3, ImportColumn.toHeaders(state.columns()));
            statement.setString(4, state.startedBy());
            statement.setLong(5, now);
            statement.setLong(6, now);
            statement.setString(7, state.phase());
            statement.setInt(8, state.totalRows());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param rows its accepted rows
     * @throws SQLException when the database fails
     */
    public void stageRows(Connection connection, long importId, Collection<CheckedRow> rows) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_profile_import_row "
            + "(import_id, line_no, user_id, display_name, unit_key, position_title, classification, manager_id, "
            + "clearance_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (CheckedRow row : rows) {
                statement.setLong(1, importId);
                statement.setLong(2, row.line());
                statement.setString(3, row.userId());
                statement.setString(4, row.hr().displayName());
                JdbcValues.setOptional(statement, 5, row.unitKey());
                JdbcValues.setOptional(statement, 6, row.hr().positionTitle());
                JdbcValues.setOptional(statement, 7, row.hr().classification());
                JdbcValues.setOptional(statement, 8, row.hr().managerId());
                JdbcValues.setOptional(statement, 9, row.clearance());
                statement.addBatch();
                pending = flushWhenFull(statement, pending + 1);
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param userIds everyone the file names
     * @throws SQLException when the database fails
     */
    public void stageListed(Connection connection, long importId, Collection<String> userIds) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "INSERT INTO gov_profile_import_listed (import_id, user_id) VALUES (?, ?)")) {
            int pending = 0;
            for (String userId : userIds) {
                statement.setLong(1, importId);
                statement.setString(2, userId);
                statement.addBatch();
                pending = flushWhenFull(statement, pending + 1);
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param problems refused rows
     * @throws SQLException when the database fails
     */
    public void addProblems(Connection connection, long importId, Collection<ImportProblem> problems)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_profile_import_problem "
            + "(import_id, line_no, user_id, message_key, parameters) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ImportProblem problem : problems) {
                statement.setLong(1, importId);
                statement.setLong(2, problem.line());
                statement.setString(3, problem.userId());
                statement.setString(4, problem.messageKey());
                statement.setString(5, toJson(problem.parameters()));
                statement.addBatch();
                pending = flushWhenFull(statement, pending + 1);
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the connection, in the transaction that applies the next chunk
     * @param importId an import
     * @return its state, locked until the transaction ends so that two processes never apply the same chunk
     * @throws SQLException when the database fails
     */
    public Optional<ImportState> lock(Connection connection, long importId) throws SQLException
    {
        return read(connection, importId, " FOR UPDATE");
    }

    /**
     * @param connection the connection
     * @param importId an import
     * @return its state as last committed, without waiting for a chunk under way (for progress displays)
     * @throws SQLException when the database fails
     */
    public Optional<ImportState> find(Connection connection, long importId) throws SQLException
    {
        return read(connection, importId, "");
    }

    private static Optional<ImportState> read(Connection connection, long importId, String lock)
        throws SQLException
    {
        return JdbcValues.queryOne(connection, "SELECT " + STATE_COLUMNS + " FROM gov_profile_import WHERE "
            + IMPORT_ID + lock, JdbcImportStore::toState, importId);
    }

    /**
     * @param connection the connection
     * @return the imports not done yet, oldest first: those a stopped process left behind, and those just started
     * @throws SQLException when the database fails
     */
    public List<ImportState> unfinished(Connection connection) throws SQLException
    {
        return JdbcValues.queryList(connection, "SELECT " + STATE_COLUMNS + " FROM gov_profile_import WHERE phase <> '"
            + ImportApplier.DONE + "' ORDER BY import_id", JdbcImportStore::toState);
    }

    /**
     * @param connection the connection
     * @param agencyKeys the agencies whose imports to list
     * @param limit the most imports
     * @return the imports of those agencies, newest first
     * @throws SQLException when the database fails
     */
    public List<ImportState> recent(Connection connection, Collection<String> agencyKeys, int limit)
        throws SQLException
    {
        if (agencyKeys.isEmpty()) {
            return List.of();
        }
        return JdbcValues.queryList(connection, "SELECT " + STATE_COLUMNS + " FROM gov_profile_import WHERE agency_key IN ("
            + JdbcValues.placeholders(agencyKeys.size()) + ") ORDER BY import_id DESC FETCH FIRST "
            + Math.max(1, limit) + " ROWS ONLY", JdbcImportStore::toState, agencyKeys.stream().sorted().toArray());
    }

    private static ImportState toState(ResultSet row) throws SQLException
    {
        return new ImportState(row.getLong(1), row.getString(2), row.getBoolean(3),
            ImportColumn.ofHeaders(row.getString(4)), row.getString(5), row.getLong(6), row.getString(7),
            row.getLong(8), row.getString(9), row.getInt(10), row.getInt(11));
    }

    /**
     * @param connection the connection
     * @param state the import's new phase, position and deactivation count
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void advance(Connection connection, ImportState state, long now) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_profile_import SET phase = ?, "
            + "position_line = ?, position_user = ?, deactivated_count = ?, updated_at = ? WHERE " + IMPORT_ID)) {
            statement.setString(1, state.phase());
            statement.setLong(2, state.positionLine());
            statement.setString(3, state.positionUser());
            statement.setInt(4, state.deactivated());
            statement.setLong(5, now);
            statement.setLong(6, state.importId());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param afterLine the last line applied
     * @param limit the width of the window of lines read
     * @return the next accepted rows, by line: at most {@code limit}, fewer where refused rows leave gaps, none
     *     when no row is left
     * @throws SQLException when the database fails
     */
    public List<StagedRow> rowsAfter(Connection connection, long importId, long afterLine, int limit)
        throws SQLException
    {
        // A window of line numbers rather than "the next N lines": H2 cannot stop an ordered range scan early and
        // would read every remaining row for each chunk. Accepted lines are dense but for refused rows; after a gap
        // wider than the window, the window moves to the next accepted line.
        List<StagedRow> rows = rowsBetween(connection, importId, afterLine, afterLine + limit);
        if (rows.isEmpty()) {
            Optional<Long> next = JdbcValues.queryOne(connection, "SELECT MIN(line_no) FROM gov_profile_import_row "
                + "WHERE " + IMPORT_ID + " AND line_no > ?", row -> {
                    long line = row.getLong(1);
                    return row.wasNull() ? Optional.<Long>empty() : Optional.of(line);
                }, importId, afterLine).flatMap(line -> line);
            if (next.isPresent()) {
                rows = rowsBetween(connection, importId, next.get() - 1, next.get() - 1 + limit);
            }
        }
        return rows;
    }

    private static List<StagedRow> rowsBetween(Connection connection, long importId, long afterLine, long lastLine)
        throws SQLException
    {
        return JdbcValues.queryList(connection, "SELECT line_no, user_id, display_name, unit_key, position_title, "
            + "classification, manager_id, outcome, clearance_level FROM gov_profile_import_row WHERE " + IMPORT_ID
            + " AND line_no > ? AND line_no <= ? ORDER BY line_no",
            row -> new StagedRow(new CheckedRow(row.getLong(1), row.getString(2), new HrFields(row.getString(3),
                Optional.ofNullable(row.getString(5)), Optional.ofNullable(row.getString(6)),
                Optional.ofNullable(row.getString(7))), Optional.ofNullable(row.getString(4)),
                Optional.ofNullable(row.getString(9))),
                Optional.ofNullable(row.getString(8))), importId, afterLine, lastLine);
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param line a staged row
     * @param outcome what applying it did
     * @throws SQLException when the database fails
     */
    public void setOutcome(Connection connection, long importId, long line, String outcome) throws SQLException
    {
        setOutcomes(connection, importId, Map.of(line, outcome));
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param outcomes what applying each staged row did, by line
     * @throws SQLException when the database fails
     */
    public void setOutcomes(Connection connection, long importId, Map<Long, String> outcomes) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE gov_profile_import_row SET outcome = ? WHERE " + IMPORT_ID + " AND line_no = ?")) {
            for (Map.Entry<Long, String> outcome : outcomes.entrySet()) {
                statement.setString(1, outcome.getValue());
                statement.setLong(2, importId);
                statement.setLong(3, outcome.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the connection
     * @param importId a full import
     * @param agencyKey its agency
     * @param afterUser the last user id looked at
     * @param limit the most people
     * @return the next active people of the agency the file does not name, by user id
     * @throws SQLException when the database fails
     */
    public List<String> absentAfter(Connection connection, long importId, String agencyKey, String afterUser,
        int limit) throws SQLException
    {
        return JdbcValues.queryList(connection, "SELECT p.user_id FROM gov_profile p JOIN gov_membership m "
            + "ON m.user_id = p.user_id WHERE m.agency_key = ? AND p.active = TRUE AND p.user_id > ? "
            + "AND NOT EXISTS (SELECT 1 FROM gov_profile_import_listed l WHERE l.import_id = ? "
            + "AND l.user_id = p.user_id) ORDER BY p.user_id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
            row -> row.getString(1), agencyKey, afterUser, importId);
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @return the number of applied rows of each outcome, and of problems under {@code PROBLEMS}
     * @throws SQLException when the database fails
     */
    public Map<String, Integer> counts(Connection connection, long importId) throws SQLException
    {
        Map<String, Integer> counts = new HashMap<>();
        JdbcValues.queryList(connection, "SELECT outcome, COUNT(*) FROM gov_profile_import_row WHERE " + IMPORT_ID
            + " AND outcome IS NOT NULL GROUP BY outcome", row -> Map.entry(row.getString(1), row.getInt(2)),
            importId).forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        counts.put("PROBLEMS", JdbcValues.queryOne(connection, "SELECT COUNT(DISTINCT line_no) FROM "
            + "gov_profile_import_problem WHERE " + IMPORT_ID, row -> row.getInt(1), importId).orElse(0));
        return counts;
    }

    /**
     * @param connection the connection
     * @param importId the import
     * @param offset how many problems to skip
     * @param limit the most problems to return
     * @return a page of its problems, by line
     * @throws SQLException when the database fails
     */
    public List<ImportProblem> problems(Connection connection, long importId, int offset, int limit)
        throws SQLException
    {
        return JdbcValues.queryList(connection, "SELECT line_no, user_id, message_key, parameters FROM "
            + "gov_profile_import_problem WHERE " + IMPORT_ID + " ORDER BY line_no, problem_id OFFSET "
            + Math.max(0, offset) + " ROWS FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
            row -> new ImportProblem(row.getLong(1), row.getString(2), row.getString(3), fromJson(row.getString(4))),
            importId);
    }

    private static int flushWhenFull(PreparedStatement statement, int pending) throws SQLException
    {
        if (pending < BATCH) {
            return pending;
        }
        statement.executeBatch();
        return 0;
    }

    private String toJson(List<Object> parameters) throws SQLException
    {
        try {
            return this.json.writeValueAsString(parameters.stream().map(String::valueOf).toList());
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot write the parameters of an import problem", e);
        }
    }

    private List<Object> fromJson(String parameters) throws SQLException
    {
        try {
            return List.of(this.json.readValue(parameters, String[].class));
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot read the parameters of an import problem", e);
        }
    }
}
