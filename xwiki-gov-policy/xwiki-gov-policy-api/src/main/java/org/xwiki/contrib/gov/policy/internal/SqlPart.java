package org.xwiki.contrib.gov.policy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement's text with the values of its placeholders, in order. Stores hand these out so that a service can run
 * each on its own or, on PostgreSQL, send several writes as one statement: one round trip instead of several.
 *
 * @param sql the statement, with {@code ?} placeholders
 * @param values the placeholders' values, {@code null} for SQL {@code NULL}
 * @version $Id$
 */
record SqlPart(String sql, List<Object> values)
{
    /**
     * @param sql the statement, with {@code ?} placeholders
     * @param values the placeholders' values, {@code null} for SQL {@code NULL}
     */
    SqlPart
    {
        values = new ArrayList<>(values);
    }

    /**
     * PostgreSQL's writes in one statement: each of {@code first} becomes a data-modifying {@code WITH} query. All run
     * to completion with {@code last}, in an order fixed by the statement's shape, so that statements of the same
     * shape take their row locks in the same order.
     *
     * @param first the writes whose results are not needed (inserts and updates without {@code RETURNING})
     * @param last the statement whose result is the whole statement's
     * @return the one statement
     */
    static SqlPart withWritesBefore(List<SqlPart> first, SqlPart last)
    {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (int index = 0; index < first.size(); index++) {
            sql.append(index == 0 ? "WITH " : ", ").append('w').append(index).append(" AS (")
                .append(first.get(index).sql()).append(')');
            values.addAll(first.get(index).values());
        }
        values.addAll(last.values());
        return new SqlPart(sql.append(first.isEmpty() ? "" : " ").append(last.sql()).toString(), values);
    }

    /**
     * @param statement a statement prepared from this part's text
     * @throws SQLException when a value cannot be bound
     */
    void bind(PreparedStatement statement) throws SQLException
    {
        for (int index = 0; index < this.values.size(); index++) {
            statement.setObject(index + 1, this.values.get(index));
        }
    }

    /**
     * @param connection the transaction's connection
     * @return how many rows the statement changed
     * @throws SQLException when the statement fails
     */
    int executeUpdate(Connection connection) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(this.sql)) {
            bind(statement);
            return statement.executeUpdate();
        }
    }
}
