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

import javax.sql.DataSource;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * The gov database: one connection pool shared by every module, with every module's schema migrated at start-up.
 *
 * @version $Id$
 * @since 1.0
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
