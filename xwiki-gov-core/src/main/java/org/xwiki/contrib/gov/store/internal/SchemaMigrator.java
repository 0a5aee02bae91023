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

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.xwiki.contrib.gov.store.GovSchema;
import org.xwiki.contrib.gov.store.StoreException;

/**
 * Brings one module's tables up to date with Flyway, refusing a database whose schema is newer than the code.
 *
 * @version $Id$
 */
public final class SchemaMigrator
{
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z]+");

    private final DataSource dataSource;

    /**
     * @param dataSource the database to migrate
     */
    public SchemaMigrator(DataSource dataSource)
    {
        this.dataSource = dataSource;
    }

    /**
     * @param schema the module's schema
     * @throws StoreException when the database holds migrations this code does not know (it was used by a newer
     *     version), or a migration fails
     */
    public void migrate(GovSchema schema) throws StoreException
    {
        if (!MODULE_NAME.matcher(schema.getModuleName()).matches()) {
            throw new IllegalArgumentException("Bad module name: " + schema.getModuleName());
        }
        Flyway flyway = Flyway.configure(schema.getClass().getClassLoader())
            .dataSource(this.dataSource)
            .locations("classpath:" + schema.getMigrationFolder())
            .table("gov_schema_" + schema.getModuleName())
            // Modules share one database schema: a module's first migration finds the other modules' tables.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .cleanDisabled(true)
            .validateMigrationNaming(true)
            .load();
        try {
            Optional<MigrationInfo> future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                    || info.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
            if (future.isPresent()) {
                throw new StoreException("gov.core.error.store.schemaTooNew", schema.getModuleName(),
                    future.get().getVersion(), latestKnownVersion(flyway));
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException(e, "gov.core.error.store.migrationFailed", schema.getModuleName(),
                e.getMessage());
        }
    }

    private static String latestKnownVersion(Flyway flyway)
    {
        return Arrays.stream(flyway.info().all())
            .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                && info.getState() != MigrationState.FUTURE_FAILED && info.getVersion() != null)
            .map(info -> info.getVersion().getVersion())
            .reduce((first, second) -> second)
            .orElse("0");
    }
}
