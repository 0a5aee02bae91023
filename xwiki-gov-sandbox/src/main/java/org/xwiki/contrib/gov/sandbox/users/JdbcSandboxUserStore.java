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
package org.xwiki.contrib.gov.sandbox.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * The SQL of sandbox users and groups.
 *
 * @version $Id$
 */
@Component(roles = JdbcSandboxUserStore.class)
@Singleton
public class JdbcSandboxUserStore
{
    private static final String USER_COLUMNS = "login, display_name, email, locale";

    /**
     * @param connection the transaction's connection
     * @param user the new user
     * @param passwordHash the password, hashed by {@link PasswordHasher}
     * @param createdAt when
     * @throws SQLException when the statement fails, with SQL state 23505 when the login is taken
     */
    public void insert(Connection connection, SandboxUser user, String passwordHash, Instant createdAt)
        throws SQLException
    {
        insertAll(connection, List.of(user), passwordHash, createdAt);
    }

    /**
     * @param connection the transaction's connection
     * @param users new users, who share a password
     * @param passwordHash the password, hashed by {@link PasswordHasher}
     * @param createdAt when
     * @throws SQLException when the statement fails, with SQL state 23505 when a login is taken
     */
    public void insertAll(Connection connection, List<SandboxUser> users, String passwordHash, Instant createdAt)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_sandbox_user ("
            + USER_COLUMNS + ", password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SandboxUser user : users) {
                statement.setString(1, user.login());
                statement.setString(2, user.displayName());
                statement.setString(3, user.email());
                statement.setString(4, user.locale().toLanguageTag());
                statement.setString(5, passwordHash);
                statement.setLong(6, createdAt.toEpochMilli());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection a connection
     * @param login a login
     * @return the user, if any
     * @throws SQLException when the statement fails
     */
    public Optional<SandboxUser> find(Connection connection, String login) throws SQLException
    {
        return queryOne(connection, "SELECT " + USER_COLUMNS + " FROM gov_sandbox_user WHERE login = ?",
            row -> new SandboxUser(row.getString(1), row.getString(2), row.getString(3),
                Locale.forLanguageTag(row.getString(4))), login);
    }

    /**
     * @param connection a connection
     * @param login a login
     * @return the user's password hash, if the user exists
     * @throws SQLException when the statement fails
     */
    public Optional<String> findPasswordHash(Connection connection, String login) throws SQLException
    {
        return queryOne(connection, "SELECT password_hash FROM gov_sandbox_user WHERE login = ?",
            row -> row.getString(1), login);
    }

    /**
     * @param connection a connection
     * @return how many users there are
     * @throws SQLException when the statement fails
     */
    public int count(Connection connection) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_sandbox_user", row -> row.getInt(1)).orElseThrow();
    }

    /**
     * @param connection the transaction's connection
     * @param groupId the group
     * @param login the user to add to it
     * @throws SQLException when the statement fails
     */
    public void addToGroup(Connection connection, String groupId, String login) throws SQLException
    {
        try (PreparedStatement statement =
            connection.prepareStatement("INSERT INTO gov_sandbox_group_member (group_id, login) VALUES (?, ?)")) {
            statement.setString(1, groupId);
            statement.setString(2, login);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection a connection
     * @param login a user
     * @return the groups the user belongs to, by id
     * @throws SQLException when the statement fails
     */
    public Set<String> findGroups(Connection connection, String login) throws SQLException
    {
        return new LinkedHashSet<>(queryList(connection,
            "SELECT group_id FROM gov_sandbox_group_member WHERE login = ? ORDER BY group_id", row -> row.getString(1),
            login));
    }

    /**
     * @param connection a connection
     * @param groupId a group
     * @return the group's users, by login; empty when the group does not exist
     * @throws SQLException when the statement fails
     */
    public Set<String> findMembers(Connection connection, String groupId) throws SQLException
    {
        return new LinkedHashSet<>(queryList(connection,
            "SELECT login FROM gov_sandbox_group_member WHERE group_id = ? ORDER BY login", row -> row.getString(1),
            groupId));
    }
}
