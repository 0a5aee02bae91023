package org.xwiki.contrib.gov.policy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
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

    private static final String DAILY_KEY = "guideline_key, major_version, agency_key, ack_day";

    @Inject
    private GovStore store;

    /**
     * Counts a major version's assignments afresh, replacing its counters. Used once the version's assignments no
     * longer change one by one: right after assigning it, and when it is superseded or retired.
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
            + ", n) SELECT guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state, COUNT(*) "
            + "FROM gov_policy_assignment WHERE guideline_key = ? AND major_version = ? "
            + "GROUP BY guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state")) {
            insert.setString(1, key);
            insert.setInt(2, major);
            insert.executeUpdate();
        }
    }

    /**
     * Adds to counters, creating those that do not exist yet.
     *
     * @param connection the transaction's connection
     * @param deltas the amount to add to each counter, sorted
     * @throws SQLException when a statement fails
     */
    public void add(Connection connection, SortedMap<TallyKey, Long> deltas) throws SQLException
    {
        for (Map.Entry<TallyKey, Long> delta : deltas.entrySet()) {
            if (delta.getValue() != 0) {
                TallyKey key = delta.getKey();
                upsert(connection, "gov_policy_tally", TALLY_KEY, delta.getValue(), key.guidelineKey(),
                    key.majorVersion(), key.agencyKey(), key.unitKey(), key.dueDay(), key.state().name());
            }
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key the guideline
     * @param major the major version
     * @param agencyKey the agency of the person who acknowledged
     * @param day the day of the acknowledgement
     * @throws SQLException when a statement fails
     */
    public void countAcknowledgement(Connection connection, String key, int major, String agencyKey, LocalDate day)
        throws SQLException
    {
        upsert(connection, "gov_policy_daily", DAILY_KEY, 1, key, major, agencyKey, (int) day.toEpochDay());
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

    private void upsert(Connection connection, String table, String keyColumns, long delta, Object... key)
        throws SQLException
    {
        String[] columns = keyColumns.split(", ");
        String placeholders = "?, ".repeat(columns.length) + "?";
        List<Object> insertValues = new ArrayList<>(List.of(key));
        insertValues.add(delta);
        String insert = "INSERT INTO " + table + " (" + keyColumns + ", n) VALUES (" + placeholders + ")";
        if (this.store.getDatabaseKind() == DatabaseKind.POSTGRESQL) {
            execute(connection, insert + " ON CONFLICT (" + keyColumns + ") DO UPDATE SET n = " + table
                + ".n + EXCLUDED.n", insertValues);
            return;
        }
        String update = "UPDATE " + table + " SET n = n + ? WHERE " + String.join(" = ? AND ", columns) + " = ?";
        List<Object> updateValues = new ArrayList<>();
        updateValues.add(delta);
        updateValues.addAll(List.of(key));
        if (execute(connection, update, updateValues) == 0) {
            try {
                execute(connection, insert, insertValues);
            } catch (SQLException e) {
                // Another transaction created the counter meanwhile (H2 keeps the transaction usable).
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
                execute(connection, update, updateValues);
            }
        }
    }

    private static int execute(Connection connection, String sql, List<Object> values) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.size(); index++) {
                statement.setObject(index + 1, values.get(index));
            }
            return statement.executeUpdate();
        }
    }
}
