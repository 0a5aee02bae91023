package org.xwiki.contrib.gov.sandbox.users;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

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
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_sandbox_user ("
            + USER_COLUMNS + ", password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, user.login());
            statement.setString(2, user.displayName());
            statement.setString(3, user.email());
            statement.setString(4, user.locale().toLanguageTag());
            statement.setString(5, passwordHash);
            statement.setLong(6, createdAt.toEpochMilli());
            statement.executeUpdate();
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
        try (PreparedStatement statement =
            connection.prepareStatement("SELECT " + USER_COLUMNS + " FROM gov_sandbox_user WHERE login = ?")) {
            statement.setString(1, login);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(new SandboxUser(result.getString(1), result.getString(2),
                    result.getString(3), Locale.forLanguageTag(result.getString(4)))) : Optional.empty();
            }
        }
    }

    /**
     * @param connection a connection
     * @param login a login
     * @return the user's password hash, if the user exists
     * @throws SQLException when the statement fails
     */
    public Optional<String> findPasswordHash(Connection connection, String login) throws SQLException
    {
        try (PreparedStatement statement =
            connection.prepareStatement("SELECT password_hash FROM gov_sandbox_user WHERE login = ?")) {
            statement.setString(1, login);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * @param connection a connection
     * @return how many users there are
     * @throws SQLException when the statement fails
     */
    public int count(Connection connection) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM gov_sandbox_user");
            ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
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
        return strings(connection,
            "SELECT group_id FROM gov_sandbox_group_member WHERE login = ? ORDER BY group_id", login);
    }

    /**
     * @param connection a connection
     * @param groupId a group
     * @return the group's users, by login; empty when the group does not exist
     * @throws SQLException when the statement fails
     */
    public Set<String> findMembers(Connection connection, String groupId) throws SQLException
    {
        return strings(connection,
            "SELECT login FROM gov_sandbox_group_member WHERE group_id = ? ORDER BY login", groupId);
    }

    private static Set<String> strings(Connection connection, String sql, String parameter) throws SQLException
    {
        Set<String> values = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }
}
