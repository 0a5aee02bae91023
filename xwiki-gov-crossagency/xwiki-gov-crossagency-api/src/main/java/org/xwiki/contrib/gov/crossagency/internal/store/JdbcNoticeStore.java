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
package org.xwiki.contrib.gov.crossagency.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * The mails waiting to be sent, in {@code gov_crossagency_notice}.
 *
 * @version $Id$
 */
@Component(roles = JdbcNoticeStore.class)
@Singleton
public class JdbcNoticeStore
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>()
    {
    };

    /**
     * A mail waiting to be sent.
     *
     * @param id the notice
     * @param recipient who to send it to
     * @param mailKey the translation keys' stem: {@code <mailKey>.subject} and {@code <mailKey>.body}
     * @param parameters the values the texts name
     */
    public record Notice(long id, String recipient, String mailKey, List<String> parameters)
    {
    }

    /**
     * @param connection the transaction of the change the mail tells of
     * @param recipients who to send it to
     * @param mailKey the translation keys' stem
     * @param parameters the values the texts name
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void add(Connection connection, Collection<String> recipients, String mailKey, List<String> parameters,
        Instant at) throws SQLException
    {
        if (recipients.isEmpty()) {
            return;
        }
        String values;
        try {
            values = JSON.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new SQLException("The mail's values cannot be written", e);
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_notice "
            + "(recipient, mail_key, parameters, created_at) VALUES (?, ?, ?, ?)")) {
            for (String recipient : recipients) {
                statement.setString(1, recipient);
                statement.setString(2, mailKey);
                statement.setString(3, values);
                statement.setLong(4, at.toEpochMilli());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection a connection
     * @param limit the most to return
     * @return the mails not sent yet, oldest first
     * @throws SQLException when the statement fails
     */
    public List<Notice> unsent(Connection connection, int limit) throws SQLException
    {
        List<Notice> notices = new ArrayList<>();
        for (Object[] row : queryList(connection, "SELECT notice_id, recipient, mail_key, parameters "
            + "FROM gov_crossagency_notice WHERE sent_at IS NULL ORDER BY notice_id LIMIT ?",
            result -> new Object[] {result.getLong(1), result.getString(2), result.getString(3),
                result.getString(4)}, limit)) {
            try {
                notices.add(new Notice((Long) row[0], (String) row[1], (String) row[2],
                    JSON.readValue((String) row[3], STRINGS)));
            } catch (JsonProcessingException e) {
                throw new SQLException("The values of mail " + row[0] + " cannot be read", e);
            }
        }
        return notices;
    }

    /**
     * Marks a mail sent, only if it was not, so that of two processes only one sends it.
     *
     * @param connection the transaction that sends it
     * @param id the notice
     * @param at when
     * @return whether this call marked it
     * @throws SQLException when the statement fails
     */
    public boolean claim(Connection connection, long id, Instant at) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_notice SET "
            + "sent_at = ? WHERE notice_id = ? AND sent_at IS NULL")) {
            statement.setLong(1, at.toEpochMilli());
            statement.setLong(2, id);
            return statement.executeUpdate() == 1;
        }
    }
}
