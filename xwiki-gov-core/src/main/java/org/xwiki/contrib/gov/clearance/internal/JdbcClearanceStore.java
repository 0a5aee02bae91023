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
package org.xwiki.contrib.gov.clearance.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.JdbcValues;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * The recorded clearances, in {@code gov_clearance}.
 *
 * @version $Id$
 */
@Component(roles = JdbcClearanceStore.class)
@Singleton
public class JdbcClearanceStore
{
    /**
     * @param connection a connection
     * @param userIds people
     * @param lock whether to lock the rows found until the transaction ends
     * @return the recorded clearance of those who have one, by user id
     * @throws SQLException when a statement fails
     */
    public Map<String, String> findAll(Connection connection, Collection<String> userIds, boolean lock)
        throws SQLException
    {
        Map<String, String> found = new HashMap<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            queryList(connection, "SELECT user_id, clearance_level FROM gov_clearance WHERE user_id IN ("
                + JdbcValues.placeholders(slice.size()) + ')' + (lock ? " FOR UPDATE" : ""),
                result -> new String[] { result.getString(1), result.getString(2) }, slice.toArray())
                .forEach(row -> found.put(row[0], row[1]));
        }
        return found;
    }

    /**
     * @param connection the transaction's connection
     * @param levels the new level of people without a recorded clearance, by user id
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void insertAll(Connection connection, Map<String, String> levels, Instant at) throws SQLException
    {
        write(connection, "INSERT INTO gov_clearance (clearance_level, updated_at, user_id) VALUES (?, ?, ?)", levels,
            at);
    }

    /**
     * @param connection the transaction's connection
     * @param levels the new level of people with a recorded clearance, by user id
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void updateAll(Connection connection, Map<String, String> levels, Instant at) throws SQLException
    {
        write(connection, "UPDATE gov_clearance SET clearance_level = ?, updated_at = ? WHERE user_id = ?", levels,
            at);
    }

    private static void write(Connection connection, String sql, Map<String, String> levels, Instant at)
        throws SQLException
    {
        if (levels.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<String, String> level : levels.entrySet()) {
                statement.setString(1, level.getValue());
                statement.setLong(2, at.toEpochMilli());
                statement.setString(3, level.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
