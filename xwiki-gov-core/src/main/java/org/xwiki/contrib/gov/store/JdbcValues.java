package org.xwiki.contrib.gov.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * Binds the optional values of the domain records to SQL parameters.
 *
 * @version $Id$
 */
public final class JdbcValues
{
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
}
