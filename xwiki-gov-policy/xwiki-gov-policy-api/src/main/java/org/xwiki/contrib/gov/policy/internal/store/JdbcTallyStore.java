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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.store.SqlPart;
import org.xwiki.contrib.gov.store.SqlStates;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * The SQL of the tally (assignments counted by agency, unit, due day and state) and of the daily acknowledgement
 * counts. Counters change in the transaction that changes the assignments they count, in a fixed order so that
 * concurrent changes cannot deadlock.
 *
 * @version $Id$
 */
@Component(roles = JdbcTallyStore.class)
@Singleton
public class JdbcTallyStore
{
    private static final String TALLY_KEY = "guideline_key, major_version, agency_key, unit_key, due_day, state";

    /** A tally's key computed from assignment rows: a unit's absence is counted under the empty key. */
    private static final String COUNTED_KEY =
        "guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state";

    private static final String DAILY_KEY = "guideline_key, major_version, agency_key, ack_day";

    private static final CounterTable TALLY = new CounterTable("gov_policy_tally", TALLY_KEY);

    private static final CounterTable DAILY = new CounterTable("gov_policy_daily", DAILY_KEY);

    /**
     * The statements that add to one table's counters. Every acknowledgement runs them, so their texts are built once.
     */
    private static final class CounterTable
    {
        private final String table;

        private final String keyColumns;

        /** The placeholders of one counter: its key, then its amount. */
        private final String row;

        /** H2's statement that adds to a counter: the amount, then its key. */
        private final String update;

        /** PostgreSQL's statements that create or add to counters, by how many counters. */
        private final Map<Integer, String> upserts = new ConcurrentHashMap<>();

        CounterTable(String table, String keyColumns)
        {
            List<String> columns = List.of(keyColumns.split(", "));
            this.table = table;
            this.keyColumns = keyColumns;
            this.row = "(" + "?, ".repeat(columns.size()) + "?)";
            this.update = "UPDATE " + table + " SET n = n + ? WHERE " + String.join(" = ? AND ", columns) + " = ?";
        }

        String update()
        {
            return this.update;
        }

        /**
         * @param rows each counter's key, then its amount
         * @return the statement that creates the counters
         */
        SqlPart insert(List<List<Object>> rows)
        {
            return new SqlPart(insertText(rows.size()), flatten(rows));
        }

        /**
         * @param rows each counter's key, then its amount, in the order the counters are to be locked
         * @return PostgreSQL's statement that creates the counters or adds to them
         */
        SqlPart upsert(List<List<Object>> rows)
        {
            return new SqlPart(this.upserts.computeIfAbsent(rows.size(), count -> insertText(count)
                + " ON CONFLICT (" + this.keyColumns + ") DO UPDATE SET n = " + this.table + ".n + EXCLUDED.n"),
                flatten(rows));
        }

        private String insertText(int rows)
        {
            return "INSERT INTO " + this.table + " (" + this.keyColumns + ", n) VALUES "
                + String.join(", ", Collections.nCopies(rows, this.row));
        }

        private static List<Object> flatten(List<List<Object>> rows)
        {
            List<Object> values = new ArrayList<>();
            rows.forEach(values::addAll);
            return values;
        }
    }

    /**
     * Counts a major version's assignments afresh, replacing its counters: on H2, right after assigning the version
     * (PostgreSQL counts in the insert, see {@link #insertCounted}).
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param major the major version
     * @throws SQLException when a statement fails
     */
    public void recount(Connection connection, String key, int major) throws SQLException
    {
        try (PreparedStatement delete = connection
            .prepareStatement("DELETE FROM gov_policy_tally WHERE guideline_key = ? AND major_version = ?")) {
            delete.setString(1, key);
            delete.setInt(2, major);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_policy_tally (" + TALLY_KEY
            + ", n) SELECT " + COUNTED_KEY + ", COUNT(*) FROM gov_policy_assignment WHERE guideline_key = ? "
            + "AND major_version = ? GROUP BY " + COUNTED_KEY)) {
            insert.setString(1, key);
            insert.setInt(2, major);
            insert.executeUpdate();
        }
    }

    /**
     * PostgreSQL only: runs an insert of a new major version's assignments and creates the version's counters from the
     * rows it returns, in one statement. Counting them afterwards, as {@link #recount} does, reads back every row just
     * written (a million at a government's scale) and sorts them on disk, because the planner's statistics do not know
     * them yet.
     *
     * @param connection the transaction's connection
     * @param insert an insert of one major version's assignments, without {@code RETURNING}; the version has no
     *     counters yet
     * @return how many assignments it inserted
     * @throws SQLException when the statement fails
     */
    public long insertCounted(Connection connection, SqlPart insert) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("WITH added AS (" + insert.sql()
            + " RETURNING " + TALLY_KEY + "), counted AS (INSERT INTO gov_policy_tally (" + TALLY_KEY + ", n) SELECT "
            + COUNTED_KEY + ", COUNT(*) FROM added GROUP BY " + COUNTED_KEY + " RETURNING n) "
            + "SELECT COALESCE(SUM(n), 0) FROM counted")) {
            insert.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /**
     * H2's way to add to counters, creating those that do not exist yet: one statement per counter (see
     * {@link PolicyWrites#addToTally}).
     *
     * @param connection the transaction's connection
     * @param deltas the amount to add to each counter, sorted
     * @throws SQLException when a statement fails
     */
    void addOnH2(Connection connection, SortedMap<TallyKey, Long> deltas) throws SQLException
    {
        for (List<Object> row : tallyRows(deltas)) {
            addOnH2(connection, TALLY, row);
        }
    }

    /**
     * @param deltas the amount to add to each counter, sorted
     * @return PostgreSQL's statement that adds them, creating the counters that do not exist yet, when one is not zero
     */
    Optional<SqlPart> addPart(SortedMap<TallyKey, Long> deltas)
    {
        List<List<Object>> rows = tallyRows(deltas);
        return rows.isEmpty() ? Optional.empty() : Optional.of(TALLY.upsert(rows));
    }

    /**
     * H2's way to count an acknowledgement in its day.
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param major the major version
     * @param agencyKey the agency of the person who acknowledged
     * @param day the day of the acknowledgement
     * @throws SQLException when a statement fails
     */
    void countAcknowledgementOnH2(Connection connection, String key, int major, String agencyKey, LocalDate day)
        throws SQLException
    {
        addOnH2(connection, DAILY, dailyRow(key, major, agencyKey, day));
    }

    /**
     * @param key the guideline
     * @param major the major version
     * @param agencyKey the agency of the person who acknowledged
     * @param day the day of the acknowledgement
     * @return PostgreSQL's statement that counts the acknowledgement in its day
     */
    SqlPart countAcknowledgementPart(String key, int major, String agencyKey, LocalDate day)
    {
        return DAILY.upsert(List.of(dailyRow(key, major, agencyKey, day)));
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param major the major version
     * @return the version's counters
     * @throws SQLException when the statement fails
     */
    public List<TallyRow> read(Connection connection, String key, int major) throws SQLException
    {
        return queryList(connection, "SELECT " + TALLY_KEY + ", n FROM gov_policy_tally WHERE guideline_key = ? "
            + "AND major_version = ?", row -> new TallyRow(new TallyKey(row.getString(1), row.getInt(2),
                row.getString(3), row.getString(4), row.getInt(5), AssignmentState.valueOf(row.getString(6))),
                row.getLong(7)), key, major);
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param major the major version
     * @return the acknowledgements of each agency by day: agency key, epoch day, count
     * @throws SQLException when the statement fails
     */
    public List<Object[]> readDaily(Connection connection, String key, int major) throws SQLException
    {
        return queryList(connection, "SELECT agency_key, ack_day, n FROM gov_policy_daily WHERE guideline_key = ? "
            + "AND major_version = ? ORDER BY ack_day", row -> new Object[] {row.getString(1), row.getInt(2),
                row.getLong(3)}, key, major);
    }

    private static List<List<Object>> tallyRows(SortedMap<TallyKey, Long> deltas)
    {
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<TallyKey, Long> delta : deltas.entrySet()) {
            if (delta.getValue() != 0) {
                TallyKey key = delta.getKey();
                rows.add(List.of(key.guidelineKey(), key.majorVersion(), key.agencyKey(), key.unitKey(), key.dueDay(),
                    key.state().name(), delta.getValue()));
            }
        }
        return rows;
    }

    private static List<Object> dailyRow(String key, int major, String agencyKey, LocalDate day)
    {
        return List.of(key, major, agencyKey, (int) day.toEpochDay(), 1L);
    }

    /**
     * H2 has no insert-or-update that adds: adds to the counter, and creates it when there was none.
     *
     * @param row the counter's key, then the amount
     */
    private static void addOnH2(Connection connection, CounterTable table, List<Object> row) throws SQLException
    {
        List<Object> updateValues = new ArrayList<>();
        updateValues.add(row.get(row.size() - 1));
        updateValues.addAll(row.subList(0, row.size() - 1));
        SqlPart update = new SqlPart(table.update(), updateValues);
        if (update.executeUpdate(connection) == 0) {
            try {
                table.insert(List.of(row)).executeUpdate(connection);
            } catch (SQLException e) {
                // Another transaction created the counter meanwhile (H2 keeps the transaction usable).
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                update.executeUpdate(connection);
            }
        }
    }
}
