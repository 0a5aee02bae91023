package org.xwiki.contrib.gov.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.xwiki.contrib.gov.GovException;

/**
 * Work done with a database connection inside a transaction.
 *
 * @param <T> the result type
 * @version $Id$
 */
@FunctionalInterface
public interface SqlWork<T>
{
    /**
     * @param connection the transaction's connection; do not commit, roll back or close it
     * @return the result
     * @throws SQLException when a statement fails (the transaction is rolled back)
     * @throws GovException when the work refuses to go on (the transaction is rolled back)
     */
    T run(Connection connection) throws SQLException, GovException;
}
