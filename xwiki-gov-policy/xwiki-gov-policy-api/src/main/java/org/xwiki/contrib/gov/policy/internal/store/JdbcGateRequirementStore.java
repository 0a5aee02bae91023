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
package org.xwiki.contrib.gov.policy.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

/**
 * The people other modules require to acknowledge a guideline, in {@code gov_policy_gate_requirement}.
 *
 * @version $Id$
 */
@Component(roles = JdbcGateRequirementStore.class)
@Singleton
public class JdbcGateRequirementStore
{
    /**
     * @param connection the transaction's connection
     * @param key the guideline
     * @param source what requires it (a space)
     * @param userIds the people, each kept once per source
     * @throws SQLException when the database fails
     */
    public void add(Connection connection, String key, String source, Collection<String> userIds)
        throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_policy_gate_requirement "
            + "(guideline_key, user_id, source_key) SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
            + "gov_policy_gate_requirement WHERE guideline_key = ? AND user_id = ? AND source_key = ?)")) {
            for (String userId : userIds) {
                insert.setString(1, key);
                insert.setString(2, userId);
                insert.setString(3, source);
                insert.setString(4, key);
                insert.setString(5, userId);
                insert.setString(6, source);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key the guideline
     * @param source what required it
     * @param userIds the people it no longer requires
     * @throws SQLException when the database fails
     */
    public void remove(Connection connection, String key, String source, Collection<String> userIds)
        throws SQLException
    {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM gov_policy_gate_requirement "
            + "WHERE guideline_key = ? AND user_id = ? AND source_key = ?")) {
            for (String userId : userIds) {
                delete.setString(1, key);
                delete.setString(2, userId);
                delete.setString(3, source);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
