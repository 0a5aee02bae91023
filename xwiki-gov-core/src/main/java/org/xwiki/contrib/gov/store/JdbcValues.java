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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The small pieces of JDBC every store repeats: binding optional values, and running a query into records.
 *
 * @version $Id$
 * @since 1.0
 */
public final class JdbcValues
{
    /**
     * Turns the current row of a result into a record.
     *
     * @param <T> the record type
     */
    @FunctionalInterface
    public interface RowMapper<T>
    {
        /**
         * @param row the result, on the row to read
         * @return the record
         * @throws SQLException when a column cannot be read
         */
        T map(ResultSet row) throws SQLException;
    }

    private JdbcValues()
    {
    }

    /** The most values one {@code IN (...)} list holds: well under every database's limit on parameters. */
    public static final int IN_LIST = 500;

    /**
     * @param count how many values
     * @return that many {@code ?} separated by commas, for an {@code IN (...)} list
     */
    public static String placeholders(int count)
    {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * @param <T> the type of the values
     * @param values values to look up with {@code IN (...)} lists
     * @return them in order, in slices of at most {@value #IN_LIST}
     */
    public static <T> List<List<T>> slices(Collection<T> values)
    {
        List<T> all = new ArrayList<>(values);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            slices.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return slices;
    }

    /**
     * @param statement the statement
     * @param index the parameter's index, from 1
     * @param value the value, bound as SQL {@code NULL} when empty
     * @throws SQLException when binding fails
     */
    public static void setOptional(PreparedStatement statement, int index, Optional<String> value)
        throws SQLException
    {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /**
     * @param <T> the record type
     * @param connection a connection
     * @param sql a query with {@code ?} placeholders
     * @param mapper turns each row into a record
     * @param parameters the values of the placeholders, in order
     * @return the records, in the query's order
     * @throws SQLException when the query fails
     */
    public static <T> List<T> queryList(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
        throws SQLException
    {
        List<T> records = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    records.add(mapper.map(result));
                }
            }
        }
        return records;
    }

    /**
     * @param <T> the record type
     * @param connection a connection
     * @param sql a query with {@code ?} placeholders, returning at most one row
     * @param mapper turns the row into a record
     * @param parameters the values of the placeholders, in order
     * @return the record, if the query returned a row
     * @throws SQLException when the query fails
     */
    public static <T> Optional<T> queryOne(Connection connection, String sql, RowMapper<T> mapper,
        Object... parameters) throws SQLException
    {
        return queryList(connection, sql, mapper, parameters).stream().findFirst();
    }
}
