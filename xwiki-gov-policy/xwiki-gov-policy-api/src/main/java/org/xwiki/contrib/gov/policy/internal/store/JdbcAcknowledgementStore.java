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
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.AcknowledgementMethod;
import org.xwiki.contrib.gov.store.SqlPart;

import static org.xwiki.contrib.gov.store.JdbcValues.placeholders;
import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * The SQL of acknowledgements, which are only ever inserted.
 *
 * @version $Id$
 */
@Component(roles = JdbcAcknowledgementStore.class)
@Singleton
public class JdbcAcknowledgementStore
{
    private static final String COLUMNS = "ack_id, assignment_id, guideline_key, version_number, user_id, text_hash, "
        + "acknowledged_at, method, recorded_by, note, quiz_score, quiz_total, language, signature";

    private static final String INSERT = "INSERT INTO gov_policy_ack (" + COLUMNS.substring(COLUMNS.indexOf(',') + 2)
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_RETURNING_ID = INSERT + " RETURNING ack_id";

    private static final String INSERT_WITH_ID = "INSERT INTO gov_policy_ack (" + COLUMNS + ") VALUES ("
        + placeholders(COLUMNS.split(",").length) + ')';

    /**
     * @param connection the transaction's connection
     * @param acknowledgement the acknowledgement (its id is ignored)
     * @return the acknowledgement with its id
     * @throws SQLException when the statement fails, with SQL state 23505 when the assignment has one already
     */
    public Acknowledgement insert(Connection connection, Acknowledgement acknowledgement) throws SQLException
    {
        SqlPart insert = new SqlPart(INSERT, values(acknowledgement));
        try (PreparedStatement statement = connection.prepareStatement(insert.sql(),
            Statement.RETURN_GENERATED_KEYS)) {
            insert.bind(statement);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return withId(acknowledgement, keys.getLong(1));
            }
        }
    }

    /**
     * @param acknowledgement the acknowledgement (its id is ignored)
     * @return PostgreSQL's statement that inserts it and returns its id
     */
    SqlPart insertReturningIdPart(Acknowledgement acknowledgement)
    {
        return new SqlPart(INSERT_RETURNING_ID, values(acknowledgement));
    }

    /**
     * @param acknowledgement the acknowledgement, with an id reserved from the table's sequence
     * @return the statement that inserts it with that id
     */
    SqlPart insertWithIdPart(Acknowledgement acknowledgement)
    {
        List<Object> values = new ArrayList<>();
        values.add(acknowledgement.id());
        values.addAll(values(acknowledgement));
        return new SqlPart(INSERT_WITH_ID, values);
    }

    private static List<Object> values(Acknowledgement acknowledgement)
    {
        return Arrays.asList(acknowledgement.assignmentId(), acknowledgement.guidelineKey(),
            acknowledgement.versionNumber(), acknowledgement.userId(), acknowledgement.textHash(),
            acknowledgement.acknowledgedAt().toEpochMilli(), acknowledgement.method().name(),
            acknowledgement.recordedBy(), acknowledgement.note().orElse(null), acknowledgement.quizScore().orElse(null),
            acknowledgement.quizTotal(), acknowledgement.language().getLanguage(),
            acknowledgement.signature().orElse(null));
    }

    /**
     * @param connection a connection
     * @param assignmentId an assignment
     * @return its acknowledgement, if any
     * @throws SQLException when the statement fails
     */
    public Optional<Acknowledgement> findByAssignment(Connection connection, long assignmentId) throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + " FROM gov_policy_ack WHERE assignment_id = ?",
            JdbcAcknowledgementStore::toAcknowledgement, assignmentId);
    }

    /**
     * @param connection a connection
     * @param id an acknowledgement id
     * @return the acknowledgement, if it exists
     * @throws SQLException when the statement fails
     */
    public Optional<Acknowledgement> find(Connection connection, long id) throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + " FROM gov_policy_ack WHERE ack_id = ?",
            JdbcAcknowledgementStore::toAcknowledgement, id);
    }

    /**
     * @param connection a connection
     * @param userId a person
     * @return the person's acknowledgements, newest first
     * @throws SQLException when the statement fails
     */
    public List<Acknowledgement> findByUser(Connection connection, String userId) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_policy_ack WHERE user_id = ? "
            + "ORDER BY acknowledged_at DESC, ack_id DESC", JdbcAcknowledgementStore::toAcknowledgement, userId);
    }

    static Acknowledgement withId(Acknowledgement a, long id)
    {
        return new Acknowledgement(id, a.assignmentId(), a.guidelineKey(), a.versionNumber(), a.userId(),
            a.textHash(), a.acknowledgedAt(), a.method(), a.recordedBy(), a.note(), a.quizScore(), a.quizTotal(),
            a.language(), a.signature());
    }

    private static Acknowledgement toAcknowledgement(ResultSet row) throws SQLException
    {
        int score = row.getInt(11);
        Optional<Integer> quizScore = row.wasNull() ? Optional.empty() : Optional.of(score);
        return new Acknowledgement(row.getLong(1), row.getLong(2), row.getString(3), row.getInt(4), row.getString(5),
            row.getString(6), Instant.ofEpochMilli(row.getLong(7)), AcknowledgementMethod.valueOf(row.getString(8)),
            row.getString(9), Optional.ofNullable(row.getString(10)), quizScore, row.getInt(12),
            Locale.forLanguageTag(row.getString(13)), Optional.ofNullable(row.getString(14)));
    }
}
