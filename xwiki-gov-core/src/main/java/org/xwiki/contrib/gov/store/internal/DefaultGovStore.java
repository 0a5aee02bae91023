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
package org.xwiki.contrib.gov.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Disposable;
import org.xwiki.component.phase.Initializable;
import org.xwiki.component.phase.InitializationException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovSchema;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.contrib.gov.store.StoreException;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the pool and migrates every module's schema when first looked up; runs transactions on a connection bound to
 * the calling thread, so that nested calls join the outer transaction.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultGovStore implements GovStore, Initializable, Disposable
{
    @Inject
    private StoreConfiguration configuration;

    @Inject
    private Provider<List<GovSchema>> schemas;

    @Inject
    private Logger logger;

    private HikariDataSource dataSource;

    private DatabaseKind databaseKind;

    private final ThreadLocal<Connection> transactionConnection = new ThreadLocal<>();

    @Override
    public void initialize() throws InitializationException
    {
        try {
            StoreSettings settings = this.configuration.getSettings();
            this.databaseKind = PooledDataSourceFactory.kindOf(settings);
            this.dataSource = PooledDataSourceFactory.open(settings);
            SchemaMigrator migrator = new SchemaMigrator(this.dataSource);
            List<GovSchema> ordered = this.schemas.get().stream()
                .sorted(Comparator.comparingInt(GovSchema::getOrder).thenComparing(GovSchema::getModuleName))
                .toList();
            for (GovSchema schema : ordered) {
                migrator.migrate(schema);
            }
            this.logger.info("Gov store ready: {}", settings);
        } catch (StoreException e) {
            dispose();
            throw new InitializationException(e.getMessage(), e);
        }
    }

    @Override
    public void dispose()
    {
        if (this.dataSource != null) {
            this.dataSource.close();
            this.dataSource = null;
        }
    }

    @Override
    public DatabaseKind getDatabaseKind()
    {
        return this.databaseKind;
    }

    @Override
    public DataSource getDataSource()
    {
        return this.dataSource;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) throws GovException
    {
        Connection joined = this.transactionConnection.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        try (Connection connection = this.dataSource.getConnection()) {
            return runOwnTransaction(connection, work);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> T runOwnTransaction(Connection connection, SqlWork<T> work) throws SQLException, GovException
    {
        connection.setAutoCommit(false);
        this.transactionConnection.set(connection);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | GovException | RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            this.transactionConnection.remove();
        }
    }

    private void rollback(Connection connection, Throwable cause)
    {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StoreException failure(SQLException e)
    {
        this.logger.warn("Gov store failure (SQL state {})", e.getSQLState(), e);
        return new StoreException(e, "gov.core.error.store.failure", String.valueOf(e.getSQLState()));
    }
}
