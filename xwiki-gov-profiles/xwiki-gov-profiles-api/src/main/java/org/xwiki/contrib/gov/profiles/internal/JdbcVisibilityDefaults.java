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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * Reads and writes the visibility each agency gives by default to the personal fields its people did not choose. Every
 * method runs on the caller's connection, inside the caller's transaction.
 *
 * @version $Id$
 */
@Component(roles = JdbcVisibilityDefaults.class)
@Singleton
public class JdbcVisibilityDefaults
{
    /**
     * @param connection the connection
     * @return the default visibilities every agency set, by agency (fields an agency did not set are absent)
     * @throws SQLException when the database fails
     */
    public Map<String, Map<PersonalField, Visibility>> readAll(Connection connection) throws SQLException
    {
        Map<String, Map<PersonalField, Visibility>> defaults = new HashMap<>();
        for (String[] row : JdbcValues.queryList(connection,
            "SELECT agency_key, field_name, visibility FROM gov_profile_visibility_default",
            result -> new String[] {result.getString(1), result.getString(2), result.getString(3)})) {
            defaults.computeIfAbsent(row[0], key -> new EnumMap<>(PersonalField.class))
                .put(PersonalField.valueOf(row[1]), Visibility.valueOf(row[2]));
        }
        return defaults;
    }

    /**
     * @param connection the connection
     * @param agencyKey an agency
     * @return the default visibilities the agency set (fields it did not set are absent)
     * @throws SQLException when the database fails
     */
    public Map<PersonalField, Visibility> read(Connection connection, String agencyKey) throws SQLException
    {
        return readAll(connection).getOrDefault(agencyKey, Map.of());
    }

    /**
     * Replaces an agency's default visibilities.
     *
     * @param connection the connection
     * @param agencyKey the agency
     * @param defaults the new defaults
     * @throws SQLException when the database fails
     */
    public void replace(Connection connection, String agencyKey, Map<PersonalField, Visibility> defaults)
        throws SQLException
    {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM gov_profile_visibility_default WHERE agency_key = ?")) {
            delete.setString(1, agencyKey);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO gov_profile_visibility_default (agency_key, field_name, visibility) VALUES (?, ?, ?)")) {
            for (Map.Entry<PersonalField, Visibility> entry : defaults.entrySet()) {
                insert.setString(1, agencyKey);
                insert.setString(2, entry.getKey().name());
                insert.setString(3, entry.getValue().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
