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

import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.StoreException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the connection pool, and turns the ways that can fail into one clear message.
 *
 * @version $Id$
 */
public final class PooledDataSourceFactory
{
    private static final int CONNECTION_TIMEOUT_MS = 10_000;

    private PooledDataSourceFactory()
    {
    }

    /**
     * @param settings the JDBC URL
     * @return which database product the URL names
     * @throws StoreException when it names none that the store supports
     */
    public static DatabaseKind kindOf(StoreSettings settings) throws StoreException
    {
        if (settings.url().startsWith("jdbc:h2:")) {
            return DatabaseKind.H2;
        }
        if (settings.url().startsWith("jdbc:postgresql:")) {
            return DatabaseKind.POSTGRESQL;
        }
        throw new StoreException("gov.core.error.store.unsupportedUrl", settings.displayUrl());
    }

    /**
     * Opens the pool and checks that a first connection works.
     *
     * @param settings how to reach the database
     * @return the open pool
     * @throws StoreException when the URL is unsupported or the database cannot be reached
     */
    public static HikariDataSource open(StoreSettings settings) throws StoreException
    {
        HikariConfig config = new HikariConfig();
        config.setPoolName("gov");
        config.setJdbcUrl(settings.url());
        config.setDriverClassName(kindOf(settings) == DatabaseKind.H2 ? "org.h2.Driver" : "org.postgresql.Driver");
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(e, "gov.core.error.store.unreachable", settings.displayUrl(), rootMessage(e));
        }
    }

    private static String rootMessage(Throwable failure)
    {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
