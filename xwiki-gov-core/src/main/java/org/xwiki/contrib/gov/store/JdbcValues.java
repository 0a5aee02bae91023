package org.xwiki.contrib.gov.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small pieces of JDBC every store repeats: binding optional values, and running a query into records.
 *
 * @version $Id$
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
