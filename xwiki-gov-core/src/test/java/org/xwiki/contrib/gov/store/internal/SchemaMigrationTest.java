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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.StoreException;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up of the store: migration, restart, a schema newer than the code.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SchemaMigrationTest
{
    @Parameter
    DatabaseKind databaseKind;

    @TempDir
    Path folder;

    @Test
    void migratesOnceAndStartsAgainOnTheSameDatabase() throws Exception
    {
        TestDatabase database = TestDatabase.create(this.databaseKind, this.folder);
        try (TestKernel first = TestKernel.start(database, this.folder)) {
            assertEquals(this.databaseKind, first.get(GovStore.class).getDatabaseKind());
            assertEquals(1, countRows(first, "SELECT COUNT(*) FROM gov_audit_head"));
        }
        try (TestKernel second = TestKernel.start(database, this.folder)) {
            assertEquals(1, countRows(second, "SELECT COUNT(*) FROM gov_audit_head"));
            assertEquals(1, countRows(second, "SELECT COUNT(*) FROM \"gov_schema_core\" WHERE \"version\" = '1'"));
        }
    }

    @Test
    void refusesADatabaseUsedByANewerVersion() throws Exception
    {
        TestDatabase database = TestDatabase.create(this.databaseKind, this.folder);
        try (TestKernel first = TestKernel.start(database, this.folder)) {
            first.get(GovStore.class).inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO \"gov_schema_core\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                        + "\"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                        + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', "
                        + "CURRENT_TIMESTAMP, 0, TRUE)")) {
                    return statement.executeUpdate();
                }
            });
        }
        try (TestKernel second = TestKernel.start(database, this.folder)) {
            StoreException failure = StoreFailures.of(assertThrows(IllegalStateException.class,
                () -> second.get(GovStore.class)));
            assertEquals("gov.core.error.store.schemaTooNew", failure.getMessageKey());
            assertTrue(failure.getMessage().contains("version 99 of the \"core\" tables"), failure.getMessage());
            assertTrue(failure.getMessage().contains("versions up to 6 only"), failure.getMessage());
        }
    }

    private static long countRows(TestKernel kernel, String sql) throws Exception
    {
        return kernel.get(GovStore.class).inTransaction((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
