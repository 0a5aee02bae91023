package org.xwiki.contrib.gov.store;

import javax.sql.DataSource;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * The gov database: one connection pool shared by every module, with every module's schema migrated at start-up.
 *
 * @version $Id$
 */
@Role
public interface GovStore
{
    /**
     * @return which database product is behind the store, for the few statements that differ
     */
    DatabaseKind getDatabaseKind();

    /**
     * @return the pooled data source, for work that manages its own connections (bulk exports, benchmarks)
     */
    DataSource getDataSource();

    /**
     * Runs work in a transaction: committed when the work returns, rolled back when it throws. Called while another
     * transaction is running on the same thread, the work joins it, so that a service can compose several stores and
     * the audit log into one atomic change.
     *
     * @param <T> the result type
     * @param work the work
     * @return what the work returned
     * @throws GovException what the work threw, or a {@link StoreException} for a database failure
     */
    <T> T inTransaction(SqlWork<T> work) throws GovException;
}
