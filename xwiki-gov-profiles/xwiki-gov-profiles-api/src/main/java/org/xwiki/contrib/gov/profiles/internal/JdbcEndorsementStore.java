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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * The current skill endorsements (their history is in the audit log).
 *
 * @version $Id$
 */
@Component(roles = JdbcEndorsementStore.class)
@Singleton
public class JdbcEndorsementStore
{
    /**
     * Endorses a skill once; the caller holds the lock on the person's profile row, so concurrent endorsements of one
     * person queue and the existence check cannot race.
     *
     * @param connection the connection
     * @param userId the person
     * @param skill the skill
     * @param endorserId who endorses
     * @param now the time, epoch milliseconds
     * @return whether it is new
     * @throws SQLException when the database fails
     */
    public boolean add(Connection connection, String userId, String skill, String endorserId, long now)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_profile_endorsement "
            + "(user_id, skill, endorser_id, endorsed_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
            + "gov_profile_endorsement WHERE user_id = ? AND skill = ? AND endorser_id = ?)")) {
            statement.setString(1, userId);
            statement.setString(2, skill);
            statement.setString(3, endorserId);
            statement.setLong(4, now);
            statement.setString(5, userId);
            statement.setString(6, skill);
            statement.setString(7, endorserId);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * @param connection the connection
     * @param userId the person
     * @param skill the skill
     * @param endorserId who withdraws
     * @return whether there was such an endorsement
     * @throws SQLException when the database fails
     */
    public boolean remove(Connection connection, String userId, String skill, String endorserId) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "DELETE FROM gov_profile_endorsement WHERE user_id = ? AND skill = ? AND endorser_id = ?")) {
            statement.setString(1, userId);
            statement.setString(2, skill);
            statement.setString(3, endorserId);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Removes the endorsements of skills the person no longer lists.
     *
     * @param connection the connection
     * @param userId the person
     * @param skills the skills they list now
     * @throws SQLException when the database fails
     */
    public void keepOnly(Connection connection, String userId, List<String> skills) throws SQLException
    {
        for (String skill : counts(connection, userId, "").keySet()) {
            if (!skills.contains(skill)) {
                try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM gov_profile_endorsement WHERE user_id = ? AND skill = ?")) {
                    statement.setString(1, userId);
                    statement.setString(2, skill);
                    statement.executeUpdate();
                }
            }
        }
    }

    /**
     * @param connection the connection
     * @param userId the person
     * @param viewerId who looks ({@code ""} for nobody)
     * @return for each endorsed skill, the number of endorsements and whether the viewer is among them
     * @throws SQLException when the database fails
     */
    public Map<String, EndorsementCount> counts(Connection connection, String userId, String viewerId)
        throws SQLException
    {
        Map<String, EndorsementCount> counts = new HashMap<>();
        for (Object[] row : JdbcValues.queryList(connection, "SELECT skill, COUNT(*), "
            + "SUM(CASE WHEN endorser_id = ? THEN 1 ELSE 0 END) FROM gov_profile_endorsement WHERE user_id = ? "
            + "GROUP BY skill", result -> new Object[] {result.getString(1), result.getInt(2), result.getInt(3) > 0},
            viewerId, userId)) {
            counts.put((String) row[0], new EndorsementCount((Integer) row[1], (Boolean) row[2]));
        }
        return counts;
    }

    /**
     * @param connection the connection
     * @param fromExclusive the user id before the slice
     * @param toInclusive the last user id of the slice
     * @return for each person of the slice, the number of endorsements of each endorsed skill
     * @throws SQLException when the database fails
     */
    public Map<String, Map<String, Integer>> countsInRange(Connection connection, String fromExclusive,
        String toInclusive) throws SQLException
    {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        countWhere(connection, "user_id > ? AND user_id <= ?", counts, fromExclusive, toInclusive);
        return counts;
    }

    /**
     * @param connection the connection
     * @param userIds people
     * @return for each of them, the number of endorsements of each endorsed skill
     * @throws SQLException when the database fails
     */
    public Map<String, Map<String, Integer>> countsOf(Connection connection, Collection<String> userIds)
        throws SQLException
    {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            countWhere(connection, "user_id IN (" + JdbcValues.placeholders(slice.size()) + ')', counts,
                slice.toArray());
        }
        return counts;
    }

    private static void countWhere(Connection connection, String where, Map<String, Map<String, Integer>> counts,
        Object... parameters) throws SQLException
    {
        for (Object[] row : JdbcValues.queryList(connection, "SELECT user_id, skill, COUNT(*) FROM "
            + "gov_profile_endorsement WHERE " + where + " GROUP BY user_id, skill",
            result -> new Object[] {result.getString(1), result.getString(2), result.getInt(3)}, parameters)) {
            counts.computeIfAbsent((String) row[0], key -> new HashMap<>()).put((String) row[1], (Integer) row[2]);
        }
    }

    /**
     * The endorsements of one skill.
     *
     * @param count how many colleagues endorsed it
     * @param byViewer whether the viewer is one of them
     */
    public record EndorsementCount(int count, boolean byViewer)
    {
    }
}
