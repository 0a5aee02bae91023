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
package org.xwiki.contrib.gov.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A statement's text with the values of its placeholders, in order. Stores hand these out so that a write model can
 * run each on its own or, on PostgreSQL, send several writes as one statement: one round trip instead of several,
 * including writes of different modules (an audit entry with the change it records).
 *
 * @param sql the statement, with {@code ?} placeholders
 * @param values the placeholders' values, {@code null} for SQL {@code NULL}
 * @version $Id$
 */
public record SqlPart(String sql, List<Object> values)
{
    /**
     * @param sql the statement, with {@code ?} placeholders
     * @param values the placeholders' values, {@code null} for SQL {@code NULL}
     */
    public SqlPart
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
     * @param combined the statements made so far, by the texts they were made of, to reuse (the same few shapes come
     *     back on every acknowledgement)
     * @return the one statement
     */
    public static SqlPart withWritesBefore(List<SqlPart> first, SqlPart last, Map<List<String>, String> combined)
    {
        List<String> texts = new ArrayList<>(first.size() + 1);
        List<Object> values = new ArrayList<>();
        for (SqlPart part : first) {
            texts.add(part.sql());
            values.addAll(part.values());
        }
        texts.add(last.sql());
        values.addAll(last.values());
        return new SqlPart(combined.computeIfAbsent(texts, SqlPart::combine), values);
    }

    private static String combine(List<String> texts)
    {
        StringBuilder sql = new StringBuilder();
        int last = texts.size() - 1;
        for (int index = 0; index < last; index++) {
            sql.append(index == 0 ? "WITH " : ", ").append('w').append(index).append(" AS (").append(texts.get(index))
                .append(')');
        }
        return sql.append(last == 0 ? "" : " ").append(texts.get(last)).toString();
    }

    /**
     * @param statement a statement prepared from this part's text
     * @throws SQLException when a value cannot be bound
     */
    public void bind(PreparedStatement statement) throws SQLException
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
    public int executeUpdate(Connection connection) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(this.sql)) {
            bind(statement);
            return statement.executeUpdate();
        }
    }
}
