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
package org.xwiki.contrib.gov.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.store.SqlPart;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * The SQL of the audit log: the head row, which serialises appends, and the records, which are only ever inserted.
 *
 * @version $Id$
 */
@Component(roles = JdbcAuditStore.class)
@Singleton
public class JdbcAuditStore
{
    private static final String COLUMNS =
        "sequence_number, recorded_at, actor_id, event_type, payload, previous_hash, record_hash";

    private static final int FETCH_SIZE = 1000;

    private static final int IN_CHUNK = 500;

    /** The SQL state of a unique constraint refusing a row, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT_PENDING = "INSERT INTO gov_audit_pending (recorded_at, actor_id, event_type, "
        + "payload, entry_mac) VALUES (?, ?, ?, ?, ?)";

    /** The head row, with the time of the record it points at (none for an empty chain: the epoch). */
    private static final String HEAD = "SELECT last_sequence, last_hash, (SELECT recorded_at FROM gov_audit_record "
        + "WHERE sequence_number = last_sequence) FROM gov_audit_head WHERE head_id = 1";

    /**
     * Visits records in chain order with the entry identifier their row holds.
     */
    @FunctionalInterface
    public interface EntryVisitor
    {
        /**
         * @param record a record
         * @param entryId the identifier of the deferred entry its row holds, null for none
         * @return whether to go on
         */
        boolean visit(AuditRecord record, String entryId);
    }

    /**
     * Visits records in chain order.
     */
    @FunctionalInterface
    public interface RecordVisitor
    {
        /**
         * @param record the next record
         * @return whether to go on
         * @throws GovException to stop the walk with a failure
         */
        boolean visit(AuditRecord record) throws GovException;
    }

    /**
     * Locks the head row until the transaction ends, so that concurrent appenders (threads or processes) queue.
     *
     * @param connection the transaction's connection
     * @return the end of the chain
     * @throws SQLException when the statement fails
     */
    public AuditHead lockHead(Connection connection) throws SQLException
    {
        return readHead(connection, HEAD + " FOR UPDATE");
    }

    /**
     * @param connection a connection
     * @return the end of the chain, without locking
     * @throws SQLException when the statement fails
     */
    public AuditHead readHead(Connection connection) throws SQLException
    {
        return readHead(connection, HEAD);
    }

    private AuditHead readHead(Connection connection, String sql) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql);
            ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new SQLException("The audit head row is missing");
            }
            return new AuditHead(result.getLong(1), result.getString(2), Instant.ofEpochMilli(result.getLong(3)));
        }
    }

    /**
     * Inserts records, in chain order, and moves the head onto the last one.
     *
     * @param connection the transaction's connection, holding the head lock
     * @param records the records, following the head
     * @throws SQLException when a statement fails
     */
    public void append(Connection connection, List<AuditRecord> records) throws SQLException
    {
        append(connection, records, Map.of());
    }

    /**
     * Inserts records, in chain order, and moves the head onto the last one.
     *
     * @param connection the transaction's connection
     * @param records the records, following the head
     * @param entryIds the identifiers of the deferred entries among them, by sequence number
     * @throws SQLException when a statement fails
     */
    public void append(Connection connection, List<AuditRecord> records, Map<Long, String> entryIds)
        throws SQLException
    {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO gov_audit_record (" + COLUMNS + ", entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditRecord record : records) {
                insert.setLong(1, record.sequence());
                insert.setLong(2, record.recordedAt().toEpochMilli());
                insert.setString(3, record.actorId());
                insert.setString(4, record.type());
                insert.setString(5, record.payload());
                insert.setString(6, record.previousHash());
                insert.setString(7, record.hash());
                insert.setString(8, entryIds.get(record.sequence()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        AuditRecord last = records.get(records.size() - 1);
        try (PreparedStatement head = connection
            .prepareStatement("UPDATE gov_audit_head SET last_sequence = ?, last_hash = ? WHERE head_id = 1")) {
            head.setLong(1, last.sequence());
            head.setString(2, last.hash());
            head.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param entries events waiting to be linked into the chain, in order
     * @throws SQLException when the statement fails
     */
    public void insertPending(Connection connection, List<PendingAuditEntry> entries) throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PENDING)) {
            for (PendingAuditEntry entry : entries) {
                insert.setLong(1, entry.recordedAt().toEpochMilli());
                insert.setString(2, entry.actorId());
                insert.setString(3, entry.type());
                insert.setString(4, entry.payload());
                insert.setString(5, entry.mac());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * @param entry an event waiting to be linked into the chain
     * @return the statement that inserts it
     */
    public SqlPart insertPendingPart(PendingAuditEntry entry)
    {
        return new SqlPart(INSERT_PENDING, List.of(entry.recordedAt().toEpochMilli(), entry.actorId(), entry.type(),
            entry.payload(), entry.mac()));
    }

    /**
     * @param connection the transaction's connection
     * @param limit the largest number of entries
     * @return the oldest waiting entries not refused yet, oldest first
     * @throws SQLException when the statement fails
     */
    public List<PendingAuditEntry> readPending(Connection connection, int limit) throws SQLException
    {
        return queryList(connection, "SELECT pending_id, recorded_at, actor_id, event_type, payload, entry_mac "
            + "FROM gov_audit_pending WHERE refused = FALSE ORDER BY pending_id FETCH FIRST " + Math.max(1, limit)
            + " ROWS ONLY", row -> new PendingAuditEntry(row.getLong(1), Instant.ofEpochMilli(row.getLong(2)),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6)));
    }

    /**
     * @param connection the transaction's connection
     * @param entries waiting entries whose HMAC is wrong: kept, never chained
     * @throws SQLException when the statement fails
     */
    public void refusePending(Connection connection, List<PendingAuditEntry> entries) throws SQLException
    {
        executeForEach(connection, "UPDATE gov_audit_pending SET refused = TRUE WHERE pending_id = ?", entries);
    }

    /**
     * @param connection a connection
     * @return how many waiting entries were refused for a wrong HMAC
     * @throws SQLException when the statement fails
     */
    public long countRefusedPending(Connection connection) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_audit_pending WHERE refused = TRUE",
            row -> row.getLong(1)).orElseThrow();
    }

    /**
     * @param connection the transaction's connection
     * @param entries entries now linked into the chain
     * @throws SQLException when the statement fails
     */
    public void deletePending(Connection connection, List<PendingAuditEntry> entries) throws SQLException
    {
        executeForEach(connection, "DELETE FROM gov_audit_pending WHERE pending_id = ?", entries);
    }

    /** Runs a statement whose one parameter is a waiting entry's id once per entry, in one batch. */
    private static void executeForEach(Connection connection, String sql, List<PendingAuditEntry> entries)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (PendingAuditEntry entry : entries) {
                statement.setLong(1, entry.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection a connection
     * @return how many entries wait (refused ones aside)
     * @throws SQLException when the statement fails
     */
    public long countPending(Connection connection) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_audit_pending WHERE refused = FALSE",
            row -> row.getLong(1)).orElseThrow();
    }

    /**
     * @param connection a connection
     * @param fromSequence the first sequence number to return
     * @param limit the largest number of records
     * @return the records, in chain order
     * @throws SQLException when the statement fails
     */
    public List<AuditRecord> read(Connection connection, long fromSequence, int limit) throws SQLException
    {
        List<AuditRecord> records = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
            + " FROM gov_audit_record WHERE sequence_number >= ? ORDER BY sequence_number")) {
            statement.setLong(1, fromSequence);
            statement.setMaxRows(limit);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    records.add(toRecord(result));
                }
            }
        }
        return records;
    }

    /**
     * Appends as {@link #append(Connection, List, Map)}, unless a record already holds one of the entry identifiers
     * (the unique index refuses a copy of an entry already chained): then nothing of it stays.
     *
     * @param connection the transaction's connection
     * @param records the records, following the head
     * @param entryIds the identifiers of the deferred entries among them, by sequence number
     * @return whether the records were appended; false when one is a copy, to be found and left out
     * @throws SQLException when a statement fails otherwise
     */
    public boolean appendUnlessCopied(Connection connection, List<AuditRecord> records, Map<Long, String> entryIds)
        throws SQLException
    {
        if (entryIds.isEmpty()) {
            append(connection, records, entryIds);
            return true;
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
            append(connection, records, entryIds);
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
        connection.releaseSavepoint(savepoint);
        return true;
    }

    private static boolean isUniqueViolation(SQLException failure)
    {
        // A batch's own exception may carry the state, or the one it chains.
        for (SQLException next = failure; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())
                || next.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param connection a connection
     * @param entryIds identifiers of deferred entries
     * @return those that a record of the chain already holds
     * @throws SQLException when the statement fails
     */
    public Set<String> findChainedEntries(Connection connection, Collection<String> entryIds) throws SQLException
    {
        Set<String> found = new HashSet<>();
        List<String> ids = List.copyOf(entryIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement("SELECT entry_id FROM gov_audit_record "
                + "WHERE entry_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ')')) {
                for (int index = 0; index < chunk.size(); index++) {
                    statement.setString(index + 1, chunk.get(index));
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.add(result.getString(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Streams every record in chain order with the entry identifier its row holds, for verification.
     *
     * @param connection a connection with auto-commit off (PostgreSQL streams only then)
     * @param visitor called for each record and its row's entry identifier (null for none) until it returns false
     * @throws SQLException when the statement fails
     */
    public void walkWithEntries(Connection connection, EntryVisitor visitor) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
            + ", entry_id FROM gov_audit_record ORDER BY sequence_number")) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next() && visitor.visit(toRecord(result), result.getString(8))) {
                    // The visitor does the work.
                }
            }
        }
    }

    /**
     * Streams every record in chain order, without holding them all in memory.
     *
     * @param connection a connection with auto-commit off (PostgreSQL streams only then)
     * @param visitor called for each record until it returns {@code false}
     * @throws SQLException when the statement fails
     * @throws GovException what the visitor threw
     */
    public void walk(Connection connection, RecordVisitor visitor) throws SQLException, GovException
    {
        walkFrom(connection, 1, visitor);
    }

    /**
     * Streams the records from one on, in chain order.
     *
     * @param connection a connection with auto-commit off (PostgreSQL streams only then)
     * @param fromSequence the first record's number
     * @param visitor called for each record until it returns {@code false}
     * @throws SQLException when the statement fails
     * @throws GovException what the visitor threw
     */
    public void walkFrom(Connection connection, long fromSequence, RecordVisitor visitor)
        throws SQLException, GovException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
            + " FROM gov_audit_record WHERE sequence_number >= ? ORDER BY sequence_number")) {
            statement.setLong(1, fromSequence);
            visit(statement, visitor);
        }
    }

    /**
     * Streams the records of one event type dated at or after a time, in time order.
     *
     * @param connection a connection with auto-commit off (PostgreSQL streams only then)
     * @param type the event type
     * @param notBefore the earliest time
     * @param visitor called for each record until it returns {@code false}
     * @throws SQLException when the statement fails
     * @throws GovException what the visitor threw
     */
    public void walkType(Connection connection, String type, Instant notBefore, RecordVisitor visitor)
        throws SQLException, GovException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM gov_audit_record"
            + " WHERE event_type = ? AND recorded_at >= ? ORDER BY recorded_at, sequence_number")) {
            statement.setString(1, type);
            statement.setLong(2, notBefore.toEpochMilli());
            visit(statement, visitor);
        }
    }

    private static void visit(PreparedStatement statement, RecordVisitor visitor) throws SQLException, GovException
    {
        statement.setFetchSize(FETCH_SIZE);
        try (ResultSet result = statement.executeQuery()) {
            while (result.next() && visitor.visit(toRecord(result))) {
                // The visitor does the work.
            }
        }
    }

    private static AuditRecord toRecord(ResultSet result) throws SQLException
    {
        return new AuditRecord(result.getLong(1), Instant.ofEpochMilli(result.getLong(2)), result.getString(3),
            result.getString(4), result.getString(5), result.getString(6), result.getString(7));
    }
}
