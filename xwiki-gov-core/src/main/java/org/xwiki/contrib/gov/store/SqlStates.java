package org.xwiki.contrib.gov.store;

import java.sql.SQLException;

/**
 * Recognises SQL failures that stores turn into domain messages.
 *
 * @version $Id$
 */
public final class SqlStates
{
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates()
    {
    }

    /**
     * @param e a failure
     * @return whether it is a duplicate key (the same SQL state on H2 and PostgreSQL)
     */
    public static boolean isUniqueViolation(SQLException e)
    {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }
}
