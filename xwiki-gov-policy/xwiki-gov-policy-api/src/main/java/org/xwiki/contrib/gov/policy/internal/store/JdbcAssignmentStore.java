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
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.internal.export.ExportRowConsumer;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.JdbcValues;
import org.xwiki.contrib.gov.store.SqlPart;

import static org.xwiki.contrib.gov.store.JdbcValues.placeholders;
import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;
import static org.xwiki.contrib.gov.store.JdbcValues.setOptional;

/**
 * The SQL of assignments. The audience is resolved in SQL, against the kernel's memberships, so that assigning a
 * major version to a million people is one statement.
 *
 * @version $Id$
 */
@Component(roles = JdbcAssignmentStore.class)
@Singleton
public class JdbcAssignmentStore
{
    /** The columns of an assignment, prefixed with {@code a.}. */
    public static final String COLUMNS = "a.assignment_id, a.guideline_key, a.major_version, a.user_id, "
        + "a.agency_key, a.unit_key, a.assigned_at, a.due_day, a.state, a.state_reason";

    private static final String PENDING = AssignmentState.PENDING.name();

    /** Rows an export reads at a time: PostgreSQL streams with a cursor only when this is set. */
    private static final int FETCH_SIZE = 1000;

    @Inject
    private GovStore store;

    /**
     * The people of a guideline's resolved audience: its agencies, its units with their sub-units, the people named
     * or in its groups, within the owning agency when that parameter is not null; and the people another module
     * requires to acknowledge it (of any agency); minus the exempted. Takes the guideline key three times, the owning
     * agency twice, then the guideline key twice; see {@link #audienceValues}.
     */
    private static final String AUDIENCE = "FROM gov_membership m WHERE ((m.agency_key IN (SELECT ref FROM "
        + "gov_policy_audience WHERE guideline_key = ? AND kind = 'AGENCY') OR m.unit_key IN (SELECT ref FROM "
        + "gov_policy_audience_resolved WHERE guideline_key = ? AND kind = 'UNIT') OR m.user_id IN (SELECT ref FROM "
        + "gov_policy_audience_resolved WHERE guideline_key = ? AND kind = 'PERSON')) "
        + "AND (CAST(? AS VARCHAR(32)) IS NULL OR m.agency_key = ?) "
        + "OR m.user_id IN (SELECT r.user_id FROM gov_policy_gate_requirement r WHERE r.guideline_key = ?)) "
        + "AND NOT EXISTS (SELECT 1 FROM gov_policy_audience e WHERE e.guideline_key = ? AND e.kind = 'EXEMPT' "
        + "AND e.ref = m.user_id)";

    /** Assigns a major version to the whole resolved audience; see {@link #assignAudience}. */
    private static final String ASSIGN_AUDIENCE = "INSERT INTO gov_policy_assignment "
        + "(guideline_key, major_version, user_id, agency_key, unit_key, assigned_at, due_day, state) "
        + "SELECT ?, ?, m.user_id, m.agency_key, m.unit_key, ?, ?, '" + PENDING + "' " + AUDIENCE;

    /**
     * The statement that assigns a major version to the whole resolved audience, for the caller to run alone or with
     * the counting of what it inserted.
     *
     * @param key the guideline
     * @param major the major version
     * @param owner the owning agency, empty for a government-wide guideline
     * @param at when
     * @param dueDate the due date
     * @return the {@code INSERT}, without {@code RETURNING}
     */
    public SqlPart assignAudience(String key, int major, Optional<String> owner, Instant at, LocalDate dueDate)
    {
        List<Object> values = new ArrayList<>(List.of(key, major, at.toEpochMilli(), (int) dueDate.toEpochDay()));
        values.addAll(audienceValues(key, owner));
        return new SqlPart(ASSIGN_AUDIENCE, values);
    }

    /**
     * Refreshes the query planner's statistics of the assignments, after a publication added or closed many at once.
     * Until then PostgreSQL believes the table holds what it held before, and may answer "this person's pending
     * assignment" by walking every pending assignment of the version; its own autovacuum catches up only a minute or
     * more later.
     *
     * @param connection a connection
     * @param statement the database's statement that analyzes {@code gov_policy_assignment}
     * @throws SQLException when the statement fails
     */
    void analyze(Connection connection, String statement) throws SQLException
    {
        try (Statement analyze = connection.createStatement()) {
            analyze.execute(statement);
        }
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param major the current major version
     * @param owner the owning agency, empty for a government-wide guideline
     * @return the people of the audience who have no assignment of the major version yet, by user id
     * @throws SQLException when the statement fails
     */
    public List<AudienceMember> findJoiners(Connection connection, String key, int major, Optional<String> owner)
        throws SQLException
    {
        List<AudienceMember> joiners = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT m.user_id, m.agency_key, m.unit_key "
            + AUDIENCE + " AND NOT EXISTS (SELECT 1 FROM gov_policy_assignment a WHERE a.guideline_key = ? "
            + "AND a.major_version = ? AND a.user_id = m.user_id) ORDER BY m.user_id")) {
            int next = bindAudience(statement, 1, key, owner);
            statement.setString(next, key);
            statement.setInt(next + 1, major);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    joiners.add(new AudienceMember(result.getString(1), result.getString(2),
                        Optional.ofNullable(result.getString(3))));
                }
            }
        }
        return joiners;
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param major the current major version
     * @param userIds some people
     * @return those of them with a home agency, not exempted, who have no assignment of the major version yet
     * @throws SQLException when the statement fails
     */
    public List<AudienceMember> findUnassigned(Connection connection, String key, int major,
        Collection<String> userIds) throws SQLException
    {
        List<AudienceMember> unassigned = new ArrayList<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            List<Object> parameters = new ArrayList<>(slice);
            parameters.addAll(List.of(key, major, key));
            unassigned.addAll(queryList(connection, "SELECT m.user_id, m.agency_key, m.unit_key FROM gov_membership m "
                + "WHERE m.user_id IN (" + placeholders(slice.size()) + ") AND NOT EXISTS (SELECT 1 FROM "
                + "gov_policy_assignment a WHERE a.guideline_key = ? AND a.major_version = ? AND a.user_id = m.user_id) "
                + "AND NOT EXISTS (SELECT 1 FROM gov_policy_audience e WHERE e.guideline_key = ? AND e.kind = 'EXEMPT' "
                + "AND e.ref = m.user_id) ORDER BY m.user_id", row -> new AudienceMember(row.getString(1),
                    row.getString(2), Optional.ofNullable(row.getString(3))), parameters.toArray()));
        }
        return unassigned;
    }

    /**
     * Locks and returns the pending assignments of people no longer in the audience.
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param major the current major version
     * @param owner the owning agency, empty for a government-wide guideline
     * @return those assignments
     * @throws SQLException when the statement fails
     */
    public List<Assignment> lockLeavers(Connection connection, String key, int major, Optional<String> owner)
        throws SQLException
    {
        List<Assignment> leavers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
            + " FROM gov_policy_assignment a WHERE a.guideline_key = ? AND a.major_version = ? AND a.state = '"
            + PENDING + "' AND a.user_id NOT IN (SELECT m.user_id " + AUDIENCE + ") FOR UPDATE")) {
            statement.setString(1, key);
            statement.setInt(2, major);
            bindAudience(statement, 3, key, owner);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    leavers.add(toAssignment(result));
                }
            }
        }
        return leavers;
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @return how many people named or in the audience's groups have no home agency (and so no assignment)
     * @throws SQLException when the statement fails
     */
    public long countResolvedWithoutHome(Connection connection, String key) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_policy_audience_resolved r WHERE r.guideline_key = ? "
            + "AND r.kind = 'PERSON' AND NOT EXISTS (SELECT 1 FROM gov_membership m WHERE m.user_id = r.ref)",
            row -> row.getLong(1), key).orElseThrow();
    }

    /**
     * @return the values of {@link #AUDIENCE}'s placeholders: the guideline key three times, the owning agency twice
     *     ({@code null} for a government-wide guideline), the guideline key twice
     */
    private static List<Object> audienceValues(String key, Optional<String> owner)
    {
        List<Object> values = new ArrayList<>(Collections.nCopies(3, key));
        values.add(owner.orElse(null));
        values.add(owner.orElse(null));
        values.add(key);
        values.add(key);
        return values;
    }

    private static int bindAudience(PreparedStatement statement, int first, String key, Optional<String> owner)
        throws SQLException
    {
        List<Object> values = audienceValues(key, owner);
        for (int index = 0; index < values.size(); index++) {
            statement.setObject(first + index, values.get(index));
        }
        return first + values.size();
    }

    /**
     * @param connection the transaction's connection
     * @param members the people to assign
     * @param key the guideline
     * @param major the major version
     * @param at when
     * @param dueDate their due date
     * @throws SQLException when the statement fails
     */
    public void insert(Connection connection, List<AudienceMember> members, String key, int major, Instant at,
        LocalDate dueDate) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_policy_assignment "
            + "(guideline_key, major_version, user_id, agency_key, unit_key, assigned_at, due_day, state) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, '" + PENDING + "')")) {
            for (AudienceMember member : members) {
                statement.setString(1, key);
                statement.setInt(2, major);
                statement.setString(3, member.userId());
                statement.setString(4, member.agencyKey());
                setOptional(statement, 5, member.unitKey());
                statement.setLong(6, at.toEpochMilli());
                statement.setInt(7, (int) dueDate.toEpochDay());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key the guideline
     * @param major the major version
     * @param userId the person
     * @return the person's assignment, locked until the transaction ends
     * @throws SQLException when the statement fails
     */
    public Optional<Assignment> lock(Connection connection, String key, int major, String userId) throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + " FROM gov_policy_assignment a WHERE a.guideline_key = ? "
            + "AND a.major_version = ? AND a.user_id = ? FOR UPDATE", JdbcAssignmentStore::toAssignment, key, major,
            userId);
    }

    /**
     * PostgreSQL only (H2 would lock the guideline's row too, and so every acknowledgement of it): the person's
     * assignment of the guideline's current major version, locked, with where the guideline stands and the id its
     * acknowledgement would take, in one statement.
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param userId the person
     * @return the assignment, locked until the transaction ends; empty when the guideline or the assignment is missing
     * @throws SQLException when the statement fails
     */
    public Optional<LockedAssignment> lockCurrent(Connection connection, String key, String userId) throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + ", g.status, g.current_version, "
            + "nextval(pg_get_serial_sequence('gov_policy_ack', 'ack_id')) FROM gov_policy_guideline g "
            + "JOIN gov_policy_assignment a ON a.guideline_key = g.guideline_key AND a.major_version = g.current_major "
            + "WHERE g.guideline_key = ? AND a.user_id = ? FOR UPDATE OF a", row -> {
                Assignment assignment = toAssignment(row);
                return new LockedAssignment(new GuidelineStanding(assignment.guidelineKey(),
                    GuidelineStatus.valueOf(row.getString(11)), row.getInt(12), assignment.majorVersion()),
                    assignment, OptionalLong.of(row.getLong(13)));
            }, key, userId);
    }

    /**
     * @param connection the transaction's connection
     * @param userIds people
     * @return every assignment of those people, of every guideline and version, locked until the transaction ends,
     *     by id
     * @throws SQLException when a statement fails
     */
    public List<Assignment> lockOfPeople(Connection connection, Collection<String> userIds) throws SQLException
    {
        List<Assignment> found = new ArrayList<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            found.addAll(queryList(connection, "SELECT " + COLUMNS + " FROM gov_policy_assignment a WHERE a.user_id "
                + "IN (" + placeholders(slice.size()) + ") ORDER BY a.assignment_id FOR UPDATE",
                JdbcAssignmentStore::toAssignment, slice.toArray()));
        }
        return found;
    }

    /**
     * @param connection the transaction's connection
     * @param assignments assignments with their person's new home agency and unit
     * @throws SQLException when a statement fails
     */
    public void moveHomes(Connection connection, List<Assignment> assignments) throws SQLException
    {
        if (assignments.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE gov_policy_assignment SET agency_key = ?, unit_key = ? WHERE assignment_id = ?")) {
            for (Assignment assignment : assignments) {
                statement.setString(1, assignment.agencyKey());
                setOptional(statement, 2, assignment.unitKey());
                statement.setLong(3, assignment.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param assignment the assignment with its new state, due date and reason
     * @throws SQLException when the statement fails
     */
    public void update(Connection connection, Assignment assignment) throws SQLException
    {
        updatePart(assignment).executeUpdate(connection);
    }

    /**
     * @param assignment the assignment with its new state, due date and reason
     * @return the statement that updates it
     */
    SqlPart updatePart(Assignment assignment)
    {
        return new SqlPart("UPDATE gov_policy_assignment SET state = ?, due_day = ?, state_reason = ? "
            + "WHERE assignment_id = ?", Arrays.asList(assignment.state().name(),
                (int) assignment.dueDate().toEpochDay(), assignment.reason().orElse(null), assignment.id()));
    }

    /**
     * @param connection a connection
     * @param key a guideline
     * @param userId a person
     * @param today today (UTC)
     * @return whether the person passes the guideline's gate (see {@code GuidelineGate#passes}): their assignment of
     *     the active guideline's current major version is done or exempt, or pending, not past its due date, after
     *     an earlier major version they acknowledged
     * @throws SQLException when the statement fails
     */
    public boolean passesGate(Connection connection, String key, String userId, LocalDate today) throws SQLException
    {
        return queryOne(connection, "SELECT a.state, a.due_day, (SELECT COUNT(*) FROM gov_policy_assignment p "
            + "WHERE p.guideline_key = a.guideline_key AND p.user_id = a.user_id AND p.major_version < a.major_version "
            + "AND p.state = 'DONE') FROM gov_policy_assignment a JOIN gov_policy_guideline g "
            + "ON g.guideline_key = a.guideline_key AND g.current_major = a.major_version "
            + "WHERE a.guideline_key = ? AND a.user_id = ? AND g.status = 'ACTIVE'", row -> {
                String state = row.getString(1);
                return "DONE".equals(state) || "EXEMPT".equals(state) || "PENDING".equals(state)
                    && row.getLong(3) > 0 && row.getInt(2) >= today.toEpochDay();
            }, key, userId).orElse(false);
    }

    /**
     * @param connection a connection
     * @param userId a person
     * @return the person's pending and done assignments of the current major versions of active guidelines, each with
     *     its guideline's current version
     * @throws SQLException when the statement fails
     */
    public List<CurrentAssignment> findCurrent(Connection connection, String userId) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + ", g.current_version FROM gov_policy_assignment a "
            + "JOIN gov_policy_guideline g ON g.guideline_key = a.guideline_key AND g.current_major = a.major_version "
            + "WHERE a.user_id = ? AND g.status = 'ACTIVE' AND a.state IN ('PENDING', 'DONE') "
            + "ORDER BY a.due_day, a.guideline_key",
            row -> new CurrentAssignment(toAssignment(row), row.getInt(11)), userId);
    }

    /**
     * @param connection a connection
     * @param userId a person
     * @param today the current date
     * @return how many of the person's current assignments are overdue
     * @throws SQLException when the statement fails
     */
    public long countOverdue(Connection connection, String userId, LocalDate today) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_policy_assignment a JOIN gov_policy_guideline g "
            + "ON g.guideline_key = a.guideline_key AND g.current_major = a.major_version WHERE a.user_id = ? "
            + "AND g.status = 'ACTIVE' AND a.state = '" + PENDING + "' AND a.due_day < ?", row -> row.getLong(1),
            userId, (int) today.toEpochDay()).orElseThrow();
    }

    /**
     * @param connection a connection
     * @param key a guideline
     * @param userId a person
     * @return whether the person was ever assigned the guideline
     * @throws SQLException when the statement fails
     */
    public boolean hasAny(Connection connection, String key, String userId) throws SQLException
    {
        return queryOne(connection, "SELECT 1 FROM gov_policy_assignment WHERE guideline_key = ? AND user_id = ? "
            + "FETCH FIRST 1 ROWS ONLY", row -> true, key, userId).isPresent();
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param major the major version
     * @param scope the agencies to include
     * @param onlyAgency one agency to keep, or empty
     * @param today the current date
     * @param offset how many to skip
     * @param limit the largest number to return
     * @return the pending assignments due before today, most overdue first
     * @throws SQLException when the statement fails
     */
    public List<Assignment> findOverdue(Connection connection, String key, int major, ComplianceScope scope,
        Optional<String> onlyAgency, LocalDate today, int offset, int limit) throws SQLException
    {
        List<Object> parameters = new ArrayList<>(List.of(key, major, (int) today.toEpochDay()));
        String sql = "SELECT " + COLUMNS + " FROM gov_policy_assignment a WHERE a.guideline_key = ? "
            + "AND a.major_version = ? AND a.state = '" + PENDING + "' AND a.due_day < ?"
            + scopeCondition(scope, onlyAgency, parameters)
            + " ORDER BY a.due_day, a.agency_key, a.user_id OFFSET " + Math.max(0, offset) + " ROWS FETCH FIRST "
            + Math.max(1, limit) + " ROWS ONLY";
        return queryList(connection, sql, JdbcAssignmentStore::toAssignment, parameters.toArray());
    }

    /**
     * Records, before a major version's assignments are inserted, an id that all of their ids will exceed: ids grow
     * as they are handed out, and nobody else assigns a version before its publication is committed.
     *
     * @param connection the publication's transaction
     * @param key the guideline
     * @param major the major version, its row already inserted
     * @throws SQLException when the statement fails
     * @see AssignmentPages
     */
    public void recordAssignmentsAfter(Connection connection, String key, int major) throws SQLException
    {
        new SqlPart("UPDATE gov_policy_version SET assignments_after = (SELECT COALESCE(MAX(assignment_id), 0) "
            + "FROM gov_policy_assignment) WHERE guideline_key = ? AND version_number = ?", List.of(key, major))
            .executeUpdate(connection);
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param major the major version
     * @return an id that all of the version's assignment ids exceed: 0 when the version did not record one
     * @throws SQLException when the statement fails
     */
    long assignmentsAfter(Connection connection, String key, int major) throws SQLException
    {
        return queryOne(connection, "SELECT assignments_after FROM gov_policy_version WHERE guideline_key = ? "
            + "AND version_number = ?", row -> row.getLong(1), key, major).orElse(0L);
    }

    /**
     * Streams a major version's assignments with their acknowledgements, holding at most a page of them in memory
     * ({@link AssignmentPages} on H2, a cursor on PostgreSQL).
     *
     * @param connection a connection with auto-commit off (PostgreSQL streams only then)
     * @param key the guideline
     * @param major the major version
     * @param scope the agencies to include
     * @param consumer called for each row, in assignment order
     * @throws SQLException when the statement fails
     * @throws IOException when the consumer fails to write
     */
    public void stream(Connection connection, String key, int major, ComplianceScope scope,
        ExportRowConsumer consumer) throws SQLException, IOException
    {
        if (this.store.getDatabaseKind() == DatabaseKind.H2) {
            // H2 would find the rows through the (guideline, version, person) key, then sort them all: its table
            // comes in assignment order already. It would also hold the whole result before the first row.
            List<Object> scopeParameters = new ArrayList<>();
            String condition = scopeCondition(scope, Optional.empty(), scopeParameters);
            AssignmentPages.stream(connection, key, major, assignmentsAfter(connection, key, major), condition,
                scopeParameters, AssignmentPages.SIZE, consumer);
            return;
        }
        List<Object> parameters = new ArrayList<>(List.of(key, major));
        String sql = "SELECT " + COLUMNS + " FROM gov_policy_assignment a WHERE a.guideline_key = ? "
            + "AND a.major_version = ?" + scopeCondition(scope, Optional.empty(), parameters)
            + " ORDER BY a.assignment_id";
        try (PreparedStatement statement = connection.prepareStatement(sql);
            PreparedStatement acknowledgements = connection.prepareStatement(AcknowledgementMerge.QUERY)) {
            statement.setFetchSize(FETCH_SIZE);
            for (int index = 0; index < parameters.size(); index++) {
                statement.setObject(index + 1, parameters.get(index));
            }
            acknowledgements.setFetchSize(FETCH_SIZE);
            acknowledgements.setString(1, key);
            try (ResultSet result = statement.executeQuery();
                ResultSet acknowledged = acknowledgements.executeQuery()) {
                AcknowledgementMerge merge = new AcknowledgementMerge(acknowledged);
                while (result.next()) {
                    consumer.accept(merge.rowOf(toAssignment(result)));
                }
            }
        }
    }

    private static String scopeCondition(ComplianceScope scope, Optional<String> onlyAgency, List<Object> parameters)
    {
        StringBuilder condition = new StringBuilder();
        if (onlyAgency.isPresent()) {
            condition.append(" AND a.agency_key = ?");
            parameters.add(onlyAgency.get());
        }
        if (!scope.everyAgency()) {
            condition.append(" AND a.agency_key IN (").append(placeholders(scope.agencies().size()))
                .append(')');
            parameters.addAll(scope.agencies().stream().sorted().toList());
        }
        return condition.toString();
    }

    /**
     * @param row a result row of {@link #COLUMNS}
     * @return the assignment
     * @throws SQLException when a column cannot be read
     */
    public static Assignment toAssignment(ResultSet row) throws SQLException
    {
        return new Assignment(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5),
            Optional.ofNullable(row.getString(6)), Instant.ofEpochMilli(row.getLong(7)),
            LocalDate.ofEpochDay(row.getInt(8)), AssignmentState.valueOf(row.getString(9)),
            Optional.ofNullable(row.getString(10)));
    }
}
