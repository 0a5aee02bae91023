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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.profiles.PersonSummary;
import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * The reads of the org chart: a person's manager, a person as a line of the chart, their reports, their unit's members.
 * Every method runs on the caller's connection, inside the caller's transaction.
 *
 * @version $Id$
 */
@Component(roles = JdbcOrgChartReads.class)
@Singleton
public class JdbcOrgChartReads
{
    private static final String SUMMARY = "SELECT p.user_id, p.display_name, p.position_title, m.agency_key, "
        + "m.unit_key ";

    private static final String SUMMARY_COLUMNS =
        SUMMARY + "FROM gov_profile p LEFT JOIN gov_membership m ON m.user_id = p.user_id ";

    /**
     * @param connection the connection
     * @param userId a person
     * @return their manager, if HR recorded one
     * @throws SQLException when the database fails
     */
    public Optional<String> findManager(Connection connection, String userId) throws SQLException
    {
        return JdbcValues.queryOne(connection, "SELECT manager_id FROM gov_profile WHERE user_id = ?",
            result -> Optional.ofNullable(result.getString(1)), userId).flatMap(manager -> manager);
    }

    /**
     * @param connection the connection
     * @param userId a person
     * @return the person in a list, if they have a profile
     * @throws SQLException when the database fails
     */
    public Optional<PersonSummary> findSummary(Connection connection, String userId) throws SQLException
    {
        return JdbcValues.queryOne(connection, SUMMARY_COLUMNS + "WHERE p.user_id = ?", JdbcOrgChartReads::summary,
            userId);
    }

    /**
     * @param connection the connection
     * @param managerId a manager
     * @return the active people who report to them, by name
     * @throws SQLException when the database fails
     */
    public List<PersonSummary> findReports(Connection connection, String managerId) throws SQLException
    {
        return JdbcValues.queryList(connection, SUMMARY_COLUMNS
            + "WHERE p.manager_id = ? AND p.active = TRUE ORDER BY p.display_name, p.user_id",
            JdbcOrgChartReads::summary, managerId);
    }

    /**
     * @param connection the connection
     * @param unitKey a unit
     * @param limit the most people
     * @return the active people of the unit, by name
     * @throws SQLException when the database fails
     */
    public List<PersonSummary> findUnitMembers(Connection connection, String unitKey, int limit) throws SQLException
    {
        // From the unit's memberships to their profiles: H2 keeps a LEFT JOIN's order, and would read every profile.
        return JdbcValues.queryList(connection, SUMMARY
            + "FROM gov_membership m JOIN gov_profile p ON p.user_id = m.user_id WHERE m.unit_key = ? "
            + "AND p.active = TRUE ORDER BY p.display_name, p.user_id FETCH FIRST " + limit + " ROWS ONLY",
            JdbcOrgChartReads::summary, unitKey);
    }

    private static PersonSummary summary(ResultSet result) throws SQLException
    {
        return new PersonSummary(result.getString(1), result.getString(2), Optional.ofNullable(result.getString(3)),
            Optional.ofNullable(result.getString(4)), Optional.ofNullable(result.getString(5)));
    }
}
