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
package org.xwiki.contrib.gov.crossagency.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.crossagency.SpaceActivity;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.setOptional;

/**
 * What happened in each space, in {@code gov_crossagency_activity}.
 *
 * @version $Id$
 */
@Component(roles = JdbcActivityStore.class)
@Singleton
public class JdbcActivityStore
{
    private static final String SELECT = "SELECT happened_at, event_type, actor_id, subject_id "
        + "FROM gov_crossagency_activity WHERE space_key = ? ";

    private static final String NEWEST = "ORDER BY happened_at DESC, activity_id DESC LIMIT ?";

    /**
     * @param connection the transaction of the change
     * @param key the space
     * @param at when
     * @param eventType what happened
     * @param actorId who did it
     * @param subjectId whom it was about
     * @throws SQLException when the database fails
     */
    public void insert(Connection connection, String key, Instant at, String eventType, Optional<String> actorId,
        Optional<String> subjectId) throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_crossagency_activity "
            + "(space_key, happened_at, event_type, actor_id, subject_id) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setLong(2, at.toEpochMilli());
            insert.setString(3, eventType);
            setOptional(insert, 4, actorId);
            setOptional(insert, 5, subjectId);
            insert.executeUpdate();
        }
    }

    /**
     * @param connection a transaction
     * @param key the space
     * @param limit the largest number of events
     * @param aboutTheSpaceOnly whether to leave out the events about a member
     * @return the latest events, newest first
     * @throws SQLException when the database fails
     */
    public List<SpaceActivity> latest(Connection connection, String key, int limit, boolean aboutTheSpaceOnly)
        throws SQLException
    {
        String sql = SELECT + (aboutTheSpaceOnly ? "AND subject_id IS NULL " : "") + NEWEST;
        return queryList(connection, sql, JdbcActivityStore::activity, key, limit);
    }

    private static SpaceActivity activity(ResultSet row) throws SQLException
    {
        return new SpaceActivity(Instant.ofEpochMilli(row.getLong(1)), row.getString(2),
            Optional.ofNullable(row.getString(3)), Optional.ofNullable(row.getString(4)), Optional.empty(),
            Optional.empty());
    }
}
