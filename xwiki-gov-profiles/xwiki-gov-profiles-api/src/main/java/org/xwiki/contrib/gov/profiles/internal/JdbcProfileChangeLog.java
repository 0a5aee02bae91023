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
package org.xwiki.contrib.gov.profiles.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * The ordered log of profile changes that each process's search index catches up from.
 *
 * @version $Id$
 */
@Component(roles = JdbcProfileChangeLog.class)
@Singleton
public class JdbcProfileChangeLog
{
    /**
     * One logged change.
     *
     * @param changeId its number, increasing
     * @param userId whose profile changed
     */
    public record Change(long changeId, String userId)
    {
    }

    /**
     * @param connection the connection, in the transaction of the change
     * @param userId whose profile changed
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void record(Connection connection, String userId, long now) throws SQLException
    {
        recordAll(connection, List.of(userId), now);
    }

    /**
     * @param connection the connection, in the transaction of the changes
     * @param userIds whose profiles changed, written in one batch
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void recordAll(Connection connection, List<String> userIds, long now) throws SQLException
    {
        if (userIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement =
            connection.prepareStatement("INSERT INTO gov_profile_change (user_id, changed_at) VALUES (?, ?)")) {
            for (String userId : userIds) {
                statement.setString(1, userId);
                statement.setLong(2, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Records a change for every person with a profile in an agency (after its default visibilities changed).
     *
     * @param connection the connection, in the transaction of the change
     * @param agencyKey the agency
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void recordAgency(Connection connection, String agencyKey, long now) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_profile_change "
            + "(user_id, changed_at) SELECT p.user_id, ? FROM gov_profile p JOIN gov_membership m "
            + "ON m.user_id = p.user_id WHERE m.agency_key = ? ORDER BY p.user_id")) {
            statement.setLong(1, now);
            statement.setString(2, agencyKey);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the connection
     * @param afterChangeId the last change already applied
     * @param limit the most changes
     * @return the next committed changes, in order
     * @throws SQLException when the database fails
     */
    public List<Change> readAfter(Connection connection, long afterChangeId, int limit) throws SQLException
    {
        return JdbcValues.queryList(connection, "SELECT change_id, user_id FROM gov_profile_change "
            + "WHERE change_id > ? ORDER BY change_id FETCH FIRST " + limit + " ROWS ONLY",
            result -> new Change(result.getLong(1), result.getString(2)), afterChangeId);
    }

    /**
     * @param connection the connection
     * @param changeIds change numbers skipped earlier (a transaction that had not committed yet)
     * @return those of them that are committed now
     * @throws SQLException when the database fails
     */
    public List<Change> readSome(Connection connection, Collection<Long> changeIds) throws SQLException
    {
        if (changeIds.isEmpty()) {
            return List.of();
        }
        String ids = changeIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return JdbcValues.queryList(connection,
            "SELECT change_id, user_id FROM gov_profile_change WHERE change_id IN (" + ids + ") ORDER BY change_id",
            result -> new Change(result.getLong(1), result.getString(2)));
    }

    /**
     * @param connection the connection
     * @return the last change number, 0 when there is none
     * @throws SQLException when the database fails
     */
    public long lastChangeId(Connection connection) throws SQLException
    {
        return JdbcValues.queryOne(connection, "SELECT COALESCE(MAX(change_id), 0) FROM gov_profile_change",
            result -> result.getLong(1)).orElse(0L);
    }
}
