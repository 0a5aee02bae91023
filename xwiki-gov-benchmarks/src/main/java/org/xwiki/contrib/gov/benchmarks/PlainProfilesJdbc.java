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

/**
 * The profiles benchmark's work done with nothing but JDBC and SQL {@code ILIKE}, for comparison: reading every
 * profile, the directory search, a change found by the next search, the import's writes. It ignores visibility, so it
 * does less than the services.
 *
 * @version $Id$
 */
final class PlainProfilesJdbc
{
    private static final String MATCHES = "FROM gov_profile p JOIN gov_membership m ON m.user_id = p.user_id "
        + "WHERE p.active = TRUE AND m.agency_key = ? AND EXISTS (SELECT 1 FROM gov_profile_language l "
        + "WHERE l.user_id = p.user_id AND l.language_tag = ?) AND (p.display_name ILIKE ? OR p.position_title "
        + "ILIKE ? OR p.bio ILIKE ? OR EXISTS (SELECT 1 FROM gov_profile_skill s WHERE s.user_id = p.user_id "
        + "AND s.skill ILIKE ?))";

    private final DataSource dataSource;

    /**
     * @param dataSource the kernel's store
     */
    PlainProfilesJdbc(DataSource dataSource)
    {
        this.dataSource = dataSource;
    }

    /**
     * Reads every profile with its skills in one streamed query, as an index build must.
     *
     * @return how many rows were read
     * @throws SQLException when the query fails
     */
    long readAll() throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("SELECT p.user_id, p.display_name, "
                + "p.position_title, p.bio, p.location, s.skill FROM gov_profile p LEFT JOIN gov_profile_skill s "
                + "ON s.user_id = p.user_id ORDER BY p.user_id, s.position")) {
                statement.setFetchSize(1000);
                long rows = 0;
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                connection.commit();
                return rows;
            }
        }
    }

    /**
     * @param keywords the words to find anywhere in a name, title, biography or skill
     * @param agencyKey the agency filter
     * @param language the language filter
     * @return the first page of matches by name, and the total as the last element
     * @throws SQLException when the query fails
     */
    List<String> search(String keywords, String agencyKey, String language) throws SQLException
    {
        String pattern = '%' + keywords + '%';
        List<String> found = new ArrayList<>();
        try (Connection connection = this.dataSource.getConnection();
            PreparedStatement hits = prepare(connection, "SELECT p.user_id " + MATCHES
                + " ORDER BY p.display_name, p.user_id FETCH FIRST 20 ROWS ONLY", agencyKey, language, pattern);
            PreparedStatement total = prepare(connection, "SELECT COUNT(*) " + MATCHES, agencyKey, language,
                pattern)) {
            try (ResultSet result = hits.executeQuery()) {
                while (result.next()) {
                    found.add(result.getString(1));
                }
            }
            try (ResultSet result = total.executeQuery()) {
                result.next();
                found.add(String.valueOf(result.getLong(1)));
            }
        }
        return found;
    }

    /**
     * Writes a word into a person's biography, then finds the person by it.
     *
     * @param userId the person
     * @param word a word nobody else has
     * @return whether the search found them
     * @throws SQLException when a statement fails
     */
    boolean changeAndFind(String userId, String word) throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection()) {
            try (PreparedStatement update =
                connection.prepareStatement("UPDATE gov_profile SET bio = ? WHERE user_id = ?")) {
                update.setString(1, "Now also works on " + word + '.');
                update.setString(2, userId);
                update.executeUpdate();
            }
            try (PreparedStatement find = connection.prepareStatement(
                "SELECT user_id FROM gov_profile WHERE bio ILIKE ? FETCH FIRST 20 ROWS ONLY")) {
                find.setString(1, '%' + word + '%');
                try (ResultSet result = find.executeQuery()) {
                    while (result.next()) {
                        if (userId.equals(result.getString(1))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * Copies the profile table, so that {@link #importRows} writes beside the real one.
     *
     * @throws SQLException when a statement fails
     */
    void copyProfiles() throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection();
            Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_profile AS SELECT * FROM gov_profile");
            statement.execute("ALTER TABLE bench_profile ALTER COLUMN user_id SET NOT NULL");
            statement.execute("ALTER TABLE bench_profile ADD PRIMARY KEY (user_id)");
        }
    }

    /**
     * The import's writes: a batched {@code UPDATE} of the people already there, a batched {@code INSERT} of the
     * newcomers, in one transaction.
     *
     * @param rows the rows of {@link ProfilePopulation#importRows}
     * @param existing how many of them, first, are people already there
     * @throws SQLException when a statement fails
     */
    void importRows(List<String[]> rows, int existing) throws SQLException
    {
        try (Connection connection = this.dataSource.getConnection();
            PreparedStatement update = connection.prepareStatement("UPDATE bench_profile SET position_title = ?, "
                + "classification = ?, updated_at = ? WHERE user_id = ?");
            PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_profile (user_id, "
                + "display_name, position_title, classification, open_to_collaboration, active, updated_at) "
                + "VALUES (?, ?, ?, ?, FALSE, TRUE, ?)")) {
            connection.setAutoCommit(false);
            long now = System.currentTimeMillis();
            for (String[] row : rows.subList(0, existing)) {
                update.setString(1, row[3]);
                update.setString(2, row[4]);
                update.setLong(3, now);
                update.setString(4, row[0]);
                update.addBatch();
            }
            update.executeBatch();
            for (String[] row : rows.subList(existing, rows.size())) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[3]);
                insert.setString(4, row[4]);
                insert.setLong(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String agencyKey, String language,
        String pattern) throws SQLException
    {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, agencyKey);
        statement.setString(2, language);
        for (int index = 3; index <= 6; index++) {
            statement.setString(index, pattern);
        }
        return statement;
    }
}
