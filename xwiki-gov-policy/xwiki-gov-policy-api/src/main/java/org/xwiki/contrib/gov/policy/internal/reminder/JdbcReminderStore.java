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
package org.xwiki.contrib.gov.policy.internal.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.internal.store.CurrentAssignment;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlStates;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * The SQL of reminders: which are due, and the claim that makes each go out once.
 *
 * @version $Id$
 */
@Component(roles = JdbcReminderStore.class)
@Singleton
public class JdbcReminderStore
{
    @Inject
    private GovStore store;

    /**
     * @param connection a connection
     * @param slot the reminder slot
     * @param firstDueDate the earliest due date concerned
     * @param lastDueDate the latest due date concerned
     * @param limit the largest number to return
     * @return pending assignments of current major versions of active guidelines, due in that range, that have not
     *     had this slot's message, oldest first
     * @throws SQLException when the statement fails
     */
    public List<CurrentAssignment> findDue(Connection connection, String slot, LocalDate firstDueDate,
        LocalDate lastDueDate, int limit) throws SQLException
    {
        return queryList(connection, "SELECT " + JdbcAssignmentStore.COLUMNS + ", g.current_version "
            + "FROM gov_policy_assignment a JOIN gov_policy_guideline g ON g.guideline_key = a.guideline_key "
            + "AND g.current_major = a.major_version WHERE g.status = 'ACTIVE' AND a.state = 'PENDING' "
            + "AND a.due_day BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM gov_policy_reminder r "
            + "WHERE r.assignment_id = a.assignment_id AND r.slot = ?) ORDER BY a.assignment_id FETCH FIRST "
            + Math.max(1, limit) + " ROWS ONLY",
            row -> new CurrentAssignment(JdbcAssignmentStore.toAssignment(row), row.getInt(11)),
            (int) firstDueDate.toEpochDay(), (int) lastDueDate.toEpochDay(), slot);
    }

    /**
     * Claims a reminder: of two transactions claiming the same one, in one process or two, the second waits for the
     * first and then gets {@code false}.
     *
     * @param connection the transaction's connection; the reminder is sent in the same transaction
     * @param assignmentId the assignment
     * @param slot the slot
     * @param at when
     * @return whether this transaction claimed it
     * @throws SQLException when the statement fails
     */
    public boolean claim(Connection connection, long assignmentId, String slot, Instant at) throws SQLException
    {
        String insert = "INSERT INTO gov_policy_reminder (assignment_id, slot, sent_at) VALUES (?, ?, ?)";
        boolean postgresql = this.store.getDatabaseKind() == DatabaseKind.POSTGRESQL;
        try (PreparedStatement statement =
            connection.prepareStatement(postgresql ? insert + " ON CONFLICT DO NOTHING" : insert)) {
            statement.setLong(1, assignmentId);
            statement.setString(2, slot);
            statement.setLong(3, at.toEpochMilli());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
