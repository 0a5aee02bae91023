package org.xwiki.contrib.gov.sandbox.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

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
     * @param recipient the recipient's login
     * @param email the recipient's address
     * @param subject the rendered subject
     * @param body the rendered body
     * @param createdAt when
     * @throws SQLException when the statement fails
     */
    public void insert(Connection connection, String recipient, String email, String subject, String body,
        Instant createdAt) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "INSERT INTO gov_sandbox_outbox (recipient, email, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")) {
            statement.setString(1, recipient);
            statement.setString(2, email);
            statement.setString(3, subject);
            statement.setString(4, body);
            statement.setLong(5, createdAt.toEpochMilli());
            statement.executeUpdate();
        }
    }
}
