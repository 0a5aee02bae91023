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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.store.JdbcValues;

/**
 * The agencies' controlled skill vocabularies: an agency that lists skills lets its people add only those.
 *
 * @version $Id$
 */
@Component(roles = JdbcSkillVocabulary.class)
@Singleton
public class JdbcSkillVocabulary
{
    /**
     * @param connection the connection
     * @param agencyKey an agency
     * @return its vocabulary in alphabetical order, empty when it has none
     * @throws SQLException when the database fails
     */
    public List<String> read(Connection connection, String agencyKey) throws SQLException
    {
        return JdbcValues.queryList(connection,
            "SELECT skill FROM gov_profile_skill_vocabulary WHERE agency_key = ? ORDER BY skill",
            row -> row.getString(1), agencyKey);
    }

    /**
     * Replaces an agency's vocabulary.
     *
     * @param connection the connection
     * @param agencyKey the agency
     * @param skills the new vocabulary, normalised and without duplicates; empty for none
     * @throws SQLException when the database fails
     */
    public void replace(Connection connection, String agencyKey, List<String> skills) throws SQLException
    {
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM gov_profile_skill_vocabulary WHERE agency_key = ?")) {
            delete.setString(1, agencyKey);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection
            .prepareStatement("INSERT INTO gov_profile_skill_vocabulary (agency_key, skill) VALUES (?, ?)")) {
            for (String skill : skills) {
                insert.setString(1, agencyKey);
                insert.setString(2, skill);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * @param connection the connection
     * @param userId a person
     * @param skills the skills they want to list, normalised
     * @return those their agency's vocabulary does not list and they did not list before, in the given order; empty
     *     when their agency has no vocabulary
     * @throws SQLException when the database fails
     */
    public List<String> unlisted(Connection connection, String userId, List<String> skills) throws SQLException
    {
        Set<String> allowed = new HashSet<>(JdbcValues.queryList(connection,
            "SELECT v.skill FROM gov_profile_skill_vocabulary v JOIN gov_membership m ON m.agency_key = v.agency_key "
                + "WHERE m.user_id = ?",
            row -> row.getString(1), userId));
        if (allowed.isEmpty()) {
            return List.of();
        }
        allowed.addAll(JdbcValues.queryList(connection, "SELECT skill FROM gov_profile_skill WHERE user_id = ?",
            row -> row.getString(1), userId));
        return skills.stream().filter(skill -> !allowed.contains(skill)).toList();
    }
}
