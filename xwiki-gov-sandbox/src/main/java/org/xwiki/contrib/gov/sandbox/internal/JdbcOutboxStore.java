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
package org.xwiki.contrib.gov.sandbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * The SQL of the sandbox's notification outbox.
 *
 * @version $Id$
 */
@Component(roles = JdbcOutboxStore.class)
@Singleton
public class JdbcOutboxStore
{
    /**
     * @param connection the transaction's connection
     * @param message the message
     * @throws SQLException when the statement fails
     */
    public void insert(Connection connection, RenderedMessage message) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "INSERT INTO gov_sandbox_outbox (recipient, email, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, message.recipient());
            statement.setString(2, message.email());
            statement.setString(3, message.subject());
            statement.setString(4, message.body());
            statement.setLong(5, message.createdAt().toEpochMilli());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection a connection
     * @param recipient one recipient, or empty for everyone's messages
     * @param limit the largest number of messages
     * @return the newest messages first
     * @throws SQLException when the statement fails
     */
    public List<RenderedMessage> list(Connection connection, Optional<String> recipient, int limit)
        throws SQLException
    {
        String sql = "SELECT recipient, email, subject, body, created_at FROM gov_sandbox_outbox"
            + (recipient.isPresent() ? " WHERE recipient = ?" : "") + " ORDER BY message_id DESC FETCH FIRST "
            + Math.max(1, limit) + " ROWS ONLY";
        return queryList(connection, sql, row -> new RenderedMessage(row.getString(1), row.getString(2),
            row.getString(3), row.getString(4), Instant.ofEpochMilli(row.getLong(5))),
            recipient.stream().toArray());
    }
}
