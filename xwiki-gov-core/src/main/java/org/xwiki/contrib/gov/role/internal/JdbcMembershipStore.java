package org.xwiki.contrib.gov.role.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.role.Membership;

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
     * @param connection the transaction's connection
     * @param membership the new membership of a person without one
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void insert(Connection connection, Membership membership, Instant at) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "INSERT INTO gov_membership (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?)")) {
            statement.setString(1, membership.userId());
            statement.setString(2, membership.agencyKey());
            setOptional(statement, 3, membership.unitKey());
            statement.setLong(4, at.toEpochMilli());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param membership the new membership of a person who has one
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void update(Connection connection, Membership membership, Instant at) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE gov_membership SET agency_key = ?, unit_key = ?, updated_at = ? WHERE user_id = ?")) {
            statement.setString(1, membership.agencyKey());
            setOptional(statement, 2, membership.unitKey());
            statement.setLong(3, at.toEpochMilli());
            statement.setString(4, membership.userId());
            statement.executeUpdate();
        }
    }

    private static Membership toMembership(ResultSet result) throws SQLException
    {
        return new Membership(result.getString(1), result.getString(2), Optional.ofNullable(result.getString(3)));
    }
}
