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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * The reads an HR import needs, many people at a time.
 *
 * @version $Id$
 */
@Component(roles = JdbcImportReads.class)
@Singleton
public class JdbcImportReads
{

    /**
     * @param connection the connection
     * @param userIds people
     * @return the current state of those who have a profile, by user id
     * @throws SQLException when the database fails
     */
    public Map<String, CurrentPerson> findCurrent(Connection connection, Collection<String> userIds)
        throws SQLException
    {
        Map<String, CurrentPerson> found = new HashMap<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            JdbcValues.queryList(connection, "SELECT user_id, display_name, position_title, classification, "
                + "manager_id, active FROM gov_profile WHERE user_id IN (" + JdbcValues.placeholders(slice.size())
                + ')', row -> Map.entry(row.getString(1), new CurrentPerson(new HrFields(row.getString(2),
                    Optional.ofNullable(row.getString(3)), Optional.ofNullable(row.getString(4)),
                    Optional.ofNullable(row.getString(5))), row.getBoolean(6))), slice.toArray())
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        }
        return found;
    }

    /**
     * @param connection the connection
     * @param userIds people
     * @return the home agency and unit of those who have one, profile or not, by user id
     * @throws SQLException when the database fails
     */
    public Map<String, Membership> findMemberships(Connection connection, Collection<String> userIds)
        throws SQLException
    {
        Map<String, Membership> found = new HashMap<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            JdbcValues.queryList(connection, "SELECT user_id, agency_key, unit_key FROM gov_membership WHERE user_id "
                + "IN (" + JdbcValues.placeholders(slice.size()) + ')', row -> new Membership(row.getString(1),
                    row.getString(2), Optional.ofNullable(row.getString(3))), slice.toArray())
                .forEach(membership -> found.put(membership.userId(), membership));
        }
        return found;
    }

    /**
     * @param connection the connection
     * @param agencyKey an agency
     * @return the people of the agency whose profile is in the directory
     * @throws SQLException when the database fails
     */
    public List<String> findActiveMembers(Connection connection, String agencyKey) throws SQLException
    {
        return JdbcValues.queryList(connection, "SELECT p.user_id FROM gov_profile p JOIN gov_membership m "
            + "ON m.user_id = p.user_id WHERE m.agency_key = ? AND p.active = TRUE ORDER BY p.user_id",
            row -> row.getString(1), agencyKey);
    }
}
