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
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleGrant;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * The SQL of the current role grants. A government-wide grant is stored with the scope {@value #GOVERNMENT_SCOPE}.
 *
 * @version $Id$
 */
@Component(roles = JdbcRoleStore.class)
@Singleton
public class JdbcRoleStore
{
    /** The scope stored for grants that name no agency. */
    public static final String GOVERNMENT_SCOPE = "*";

    private static final String COLUMNS = "user_id, role_name, scope, granted_at, granted_by";

    /**
     * @param connection the transaction's connection
     * @param grant the grant
     * @throws SQLException when the statement fails, with SQL state 23505 when the user already holds the role
     */
    public void insert(Connection connection, RoleGrant grant) throws SQLException
    {
        try (PreparedStatement statement =
            connection.prepareStatement("INSERT INTO gov_role_grant (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, grant.userId());
            statement.setString(2, grant.role().name());
            statement.setString(3, scope(grant.agencyKey()));
            statement.setLong(4, grant.grantedAt().toEpochMilli());
            statement.setString(5, grant.grantedBy());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param userId the user
     * @param role the role
     * @param agencyKey the agency, empty for a government-wide role
     * @return whether the user held the role
     * @throws SQLException when the statement fails
     */
    public boolean delete(Connection connection, String userId, GovRole role, Optional<String> agencyKey)
        throws SQLException
    {
        try (PreparedStatement statement = connection
            .prepareStatement("DELETE FROM gov_role_grant WHERE user_id = ? AND role_name = ? AND scope = ?")) {
            statement.setString(1, userId);
            statement.setString(2, role.name());
            statement.setString(3, scope(agencyKey));
            return statement.executeUpdate() > 0;
        }
    }

    /**
     * @param connection a connection
     * @param userId a user
     * @return the user's grants
     * @throws SQLException when the statement fails
     */
    public List<RoleGrant> findByUser(Connection connection, String userId) throws SQLException
    {
        return queryList(connection,
            "SELECT " + COLUMNS + " FROM gov_role_grant WHERE user_id = ? ORDER BY role_name, scope",
            JdbcRoleStore::toGrant, userId);
    }

    /**
     * @param connection a connection
     * @param agencyKey an agency, or empty for the government-wide grants
     * @return the grants of that scope
     * @throws SQLException when the statement fails
     */
    public List<RoleGrant> findByScope(Connection connection, Optional<String> agencyKey) throws SQLException
    {
        return queryList(connection,
            "SELECT " + COLUMNS + " FROM gov_role_grant WHERE scope = ? ORDER BY user_id, role_name",
            JdbcRoleStore::toGrant, scope(agencyKey));
    }

    /**
     * @param connection a connection
     * @param role a role
     * @return how many users hold it, in any scope
     * @throws SQLException when the statement fails
     */
    public int countHolders(Connection connection, GovRole role) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_role_grant WHERE role_name = ?",
            row -> row.getInt(1), role.name()).orElseThrow();
    }

    private static RoleGrant toGrant(ResultSet row) throws SQLException
    {
        String scope = row.getString(3);
        return new RoleGrant(row.getString(1), GovRole.valueOf(row.getString(2)),
            GOVERNMENT_SCOPE.equals(scope) ? Optional.empty() : Optional.of(scope),
            Instant.ofEpochMilli(row.getLong(4)), row.getString(5));
    }

    private static String scope(Optional<String> agencyKey)
    {
        return agencyKey.orElse(GOVERNMENT_SCOPE);
    }
}
