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
package org.xwiki.contrib.gov.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * The same work as the cross-agency services, written as plain SQL over the same tables and pool, without rights,
 * audit or translations: the floor each figure is compared with. The sweep works on copies of the membership and
 * space tables taken before the service's sweep, so that both find the same work to do.
 *
 * @version $Id$
 */
final class PlainCrossAgencyJdbc
{
    private static final String SPACE_COLUMNS = "s.space_key, s.name_en, s.name_fr, s.purpose_en, s.purpose_fr, "
        + "s.lead_agency, s.label, s.membership_policy, s.status";

    private final DataSource dataSource;

    /**
     * @param dataSource the store's pool
     */
    PlainCrossAgencyJdbc(DataSource dataSource)
    {
        this.dataSource = dataSource;
    }

    /**
     * @param spaceKey a space
     * @param userId a person
     * @return whether the person may view the space's content: an active membership of an active or archived space
     * @throws SQLException when the query fails
     */
    boolean mayView(String spaceKey, String userId) throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection();
            PreparedStatement select = connection.prepareStatement("SELECT m.member_role, m.guest_access, s.status "
                + "FROM gov_crossagency_member m JOIN gov_crossagency_space s ON s.space_key = m.space_key "
                + "WHERE m.space_key = ? AND m.user_id = ? AND m.member_state = 'ACTIVE'")) {
            select.setString(1, spaceKey);
            select.setString(2, userId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() && !"PROPOSED".equals(result.getString(3));
            }
        }
    }

    /**
     * @param userId a person
     * @return their spaces with their role and state, and each space's agencies: how many rows were read
     * @throws SQLException when a query fails
     */
    int mySpaces(String userId) throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection()) {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SPACE_COLUMNS
                + ", m.member_role, m.member_state FROM gov_crossagency_member m JOIN gov_crossagency_space s "
                + "ON s.space_key = m.space_key WHERE m.user_id = ? AND m.member_state IN ('ACTIVE', 'REQUESTED', "
                + "'INVITED', 'SUSPENDED') ORDER BY LOWER(s.name_en), s.space_key")) {
                select.setString(1, userId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        keys.add(result.getString(1));
                    }
                }
            }
            return keys.size() + countAgencies(connection, keys);
        }
    }

    /**
     * @param userId the reader
     * @param homeAgency the reader's agency
     * @param keyword a word of the name or purpose
     * @param agencyKey the agency filter
     * @return how many spaces match (a count, then the first page of 20 with their agencies)
     * @throws SQLException when a query fails
     */
    int search(String userId, String homeAgency, String keyword, String agencyKey) throws SQLException
    {
        String where = " FROM gov_crossagency_space s WHERE (s.space_key IN (SELECT m.space_key FROM "
            + "gov_crossagency_member m WHERE m.user_id = ? AND m.member_state IN ('ACTIVE', 'REQUESTED', 'INVITED', "
            + "'SUSPENDED')) OR s.proposed_by = ? OR (s.status = 'ACTIVE' AND s.membership_policy IN ('OPEN', "
            + "'REQUEST') AND s.label IN ('UNCLASSIFIED', 'PROTECTED_A') AND EXISTS (SELECT 1 FROM "
            + "gov_crossagency_agency a WHERE a.space_key = s.space_key AND a.agency_key = ?))) "
            + "AND (LOWER(s.name_en) LIKE ? OR LOWER(s.name_fr) LIKE ? OR LOWER(s.purpose_en) LIKE ? "
            + "OR LOWER(s.purpose_fr) LIKE ?) AND EXISTS (SELECT 1 FROM gov_crossagency_agency f "
            + "WHERE f.space_key = s.space_key AND f.agency_key = ?)";
        String pattern = '%' + keyword + '%';
        try (Connection connection = this.dataSource.getConnection()) {
            int total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(count, userId, userId, homeAgency, pattern, pattern, pattern, pattern, agencyKey);
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    total = result.getInt(1);
                }
            }
            List<String> keys = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement("SELECT " + SPACE_COLUMNS + where
                + " ORDER BY LOWER(s.name_en), s.space_key LIMIT 20")) {
                bind(page, userId, userId, homeAgency, pattern, pattern, pattern, pattern, agencyKey);
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        keys.add(result.getString(1));
                    }
                }
            }
            countAgencies(connection, keys);
            return total;
        }
    }

    /**
     * Copies the memberships and spaces, for {@link #sweep}.
     *
     * @throws SQLException when a statement fails
     */
    void copyForSweep() throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection();
            Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE plain_member AS SELECT * FROM gov_crossagency_member");
            statement.execute("CREATE UNIQUE INDEX plain_member_key ON plain_member (space_key, user_id)");
            statement.execute("CREATE INDEX plain_member_by_state ON plain_member (member_state, since)");
            statement.execute("CREATE INDEX plain_member_by_guest_end ON plain_member (guest_end_day)");
            statement.execute("CREATE TABLE plain_space AS SELECT * FROM gov_crossagency_space");
            statement.execute("CREATE UNIQUE INDEX plain_space_key ON plain_space (space_key)");
            statement.execute("CREATE INDEX plain_space_by_review ON plain_space (next_review_day)");
            statement.execute("CREATE TABLE plain_review_item (space_key VARCHAR(64), user_id VARCHAR(255))");
        }
    }

    /**
     * The sweep's work in four statements: expire the invitations, end the guests, mark the sponsors to warn, open
     * the reviews due (one row per person reviewed) and move their next date.
     *
     * @param invitedBefore invitations sent before this time expire
     * @param today today's day number
     * @param warnUntil guests ending by this day get their sponsor warned
     * @return how many rows changed
     * @throws SQLException when a statement fails
     */
    int sweep(long invitedBefore, int today, int warnUntil) throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int changed = update(connection, "UPDATE plain_member SET member_state = 'EXPIRED' "
                + "WHERE member_state = 'INVITED' AND since < ?", invitedBefore);
            changed += update(connection, "UPDATE plain_member SET member_state = 'EXPIRED' "
                + "WHERE guest_end_day < ? AND member_state = 'ACTIVE'", today);
            changed += update(connection, "UPDATE plain_member SET guest_warned_day = ? WHERE guest_end_day <= ? "
                + "AND member_state = 'ACTIVE' AND guest_warned_day IS NULL", today, warnUntil);
            changed += update(connection, "INSERT INTO plain_review_item (space_key, user_id) SELECT m.space_key, "
                + "m.user_id FROM plain_member m JOIN plain_space s ON s.space_key = m.space_key "
                + "WHERE s.next_review_day <= ? AND m.member_state = 'ACTIVE' AND m.member_role <> 'STEWARD'", today);
            changed += update(connection, "UPDATE plain_space SET next_review_day = next_review_day + "
                + "review_interval_days WHERE next_review_day <= ?", today);
            connection.commit();
            return changed;
        }
    }

    /**
     * One person's clearance change: the new level, and their memberships of spaces labelled above it suspended (or
     * those suspended for it active again).
     *
     * @param userId the person
     * @param level their new level
     * @param above the labels above it
     * @return how many memberships changed
     * @throws SQLException when a statement fails
     */
    int changeClearance(String userId, String level, List<String> above) throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            update(connection, "UPDATE gov_clearance SET clearance_level = ? WHERE user_id = ?", level, userId);
            int changed;
            if (above.isEmpty()) {
                changed = update(connection, "UPDATE gov_crossagency_member SET member_state = 'ACTIVE', reason = "
                    + "NULL WHERE user_id = ? AND member_state = 'SUSPENDED' AND reason = 'plain'", userId);
            } else {
                changed = update(connection, "UPDATE gov_crossagency_member SET member_state = 'SUSPENDED', reason = "
                    + "'plain' WHERE user_id = ? AND member_state = 'ACTIVE' AND space_key IN (SELECT space_key FROM "
                    + "gov_crossagency_space WHERE label = ?)", userId, above.get(0));
            }
            connection.commit();
            return changed;
        }
    }

    private static int countAgencies(Connection connection, List<String> keys) throws SQLException
    {
        if (keys.isEmpty()) {
            return 0;
        }
        int rows = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT space_key, agency_key FROM "
            + "gov_crossagency_agency WHERE space_key IN (" + JdbcValues.placeholders(keys.size()) + ") "
            + "ORDER BY space_key, position")) {
            for (int index = 0; index < keys.size(); index++) {
                select.setString(index + 1, keys.get(index));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException
    {
        for (int index = 0; index < values.length; index++) {
            statement.setObject(index + 1, values[index]);
        }
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }
}
