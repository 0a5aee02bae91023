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
package org.xwiki.contrib.gov.role.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.store.JdbcValues;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;
import static org.xwiki.contrib.gov.store.JdbcValues.setOptional;

/**
 * The SQL of memberships: one row per person, for their home agency and unit.
 *
 * @version $Id$
 */
@Component(roles = JdbcMembershipStore.class)
@Singleton
public class JdbcMembershipStore
{
    private static final String COLUMNS = "user_id, agency_key, unit_key";

    /**
     * @param connection a connection
     * @param userId a user
     * @param lock whether to lock the row until the transaction ends
     * @return the user's membership, if any
     * @throws SQLException when the statement fails
     */
    public Optional<Membership> find(Connection connection, String userId, boolean lock) throws SQLException
    {
        return queryOne(connection,
            "SELECT " + COLUMNS + " FROM gov_membership WHERE user_id = ?" + (lock ? " FOR UPDATE" : ""),
            JdbcMembershipStore::toMembership, userId);
    }

    /**
     * @param connection a connection
     * @param agencyKey an agency
     * @return the agency's people, by user id
     * @throws SQLException when the statement fails
     */
    public List<Membership> findByAgency(Connection connection, String agencyKey) throws SQLException
    {
        return queryList(connection,
            "SELECT " + COLUMNS + " FROM gov_membership WHERE agency_key = ? ORDER BY user_id",
            JdbcMembershipStore::toMembership, agencyKey);
    }

    /**
     * @param connection a connection
     * @param userIds users
     * @param lock whether to lock their rows until the transaction ends
     * @return the memberships of those who have one, by user id
     * @throws SQLException when the statement fails
     */
    public Map<String, Membership> findAll(Connection connection, Collection<String> userIds, boolean lock)
        throws SQLException
    {
        Map<String, Membership> found = new HashMap<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            queryList(connection, "SELECT " + COLUMNS + " FROM gov_membership WHERE user_id IN ("
                + JdbcValues.placeholders(slice.size()) + ')' + (lock ? " FOR UPDATE" : ""),
                JdbcMembershipStore::toMembership, slice.toArray())
                .forEach(membership -> found.put(membership.userId(), membership));
        }
        return found;
    }

    /**
     * @param connection the transaction's connection
     * @param memberships the new memberships of people without one
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void insertAll(Connection connection, List<Membership> memberships, Instant at) throws SQLException
    {
        write(connection, "INSERT INTO gov_membership (agency_key, unit_key, updated_at, user_id) VALUES (?, ?, ?, ?)",
            memberships, at);
    }

    /**
     * @param connection the transaction's connection
     * @param memberships the new memberships of people who have one
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void updateAll(Connection connection, List<Membership> memberships, Instant at) throws SQLException
    {
        write(connection, "UPDATE gov_membership SET agency_key = ?, unit_key = ?, updated_at = ? WHERE user_id = ?",
            memberships, at);
    }

    private static void write(Connection connection, String sql, List<Membership> memberships, Instant at)
        throws SQLException
    {
        if (memberships.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Membership membership : memberships) {
                statement.setString(1, membership.agencyKey());
                setOptional(statement, 2, membership.unitKey());
                statement.setLong(3, at.toEpochMilli());
                statement.setString(4, membership.userId());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Membership toMembership(ResultSet result) throws SQLException
    {
        return new Membership(result.getString(1), result.getString(2), Optional.ofNullable(result.getString(3)));
    }
}
