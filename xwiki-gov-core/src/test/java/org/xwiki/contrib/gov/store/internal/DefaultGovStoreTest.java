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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.inject.Provider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovSchema;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.StoreException;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.test.mockito.MockitoComponentManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

/**
 * Transactions on an in-memory H2 database behind mocked configuration: a change commits, a refusal or an SQL failure
 * rolls back everything, nested calls join the outer transaction, and an SQL failure becomes a translated
 * {@link StoreException} with its SQL state.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(DefaultGovStore.class)
class DefaultGovStoreTest
{
    @MockComponent
    private StoreConfiguration configuration;

    @MockComponent
    private Provider<List<GovSchema>> schemas;

    private DefaultGovStore store;

    @BeforeEach
    void open(MockitoComponentManager components) throws Exception
    {
        when(this.configuration.getSettings()).thenReturn(new StoreSettings("jdbc:h2:mem:store-test-"
            + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "", 2));
        when(this.schemas.get()).thenReturn(List.of());
        this.store = (DefaultGovStore) components.<GovStore>getInstance(GovStore.class);
        this.store.inTransaction(connection -> execute(connection, "CREATE TABLE t (n INT PRIMARY KEY)"));
    }

    @AfterEach
    void close()
    {
        this.store.dispose();
    }

    @Test
    void knowsItsDatabase()
    {
        assertEquals(DatabaseKind.H2, this.store.getDatabaseKind());
    }

    @Test
    void aChangeCommitsAndARefusalRollsBackEverything() throws Exception
    {
        this.store.inTransaction(connection -> execute(connection, "INSERT INTO t VALUES (1)"));

        GovException refusal = assertThrows(GovException.class, () -> this.store.inTransaction(connection -> {
            execute(connection, "INSERT INTO t VALUES (2)");
            throw new GovException("test.refused");
        }));
        assertEquals("test.refused", refusal.getMessageKey());
        assertEquals(1, count());
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() throws Exception
    {
        assertThrows(GovException.class, () -> this.store.inTransaction(outer -> {
            this.store.inTransaction(inner -> {
                assertSame(outer, inner);
                return execute(inner, "INSERT INTO t VALUES (3)");
            });
            throw new GovException("test.refused");
        }));
        assertEquals(0, count(), "the inner insert went with the outer rollback");

        Connection[] first = new Connection[1];
        this.store.inTransaction(connection -> first[0] = connection);
        this.store.inTransaction(connection -> {
            assertNotSame(first[0], connection, "after a transaction, the next opens its own");
            return null;
        });
    }

    @Test
    void anSqlFailureBecomesAStoreFailureWithItsState() throws Exception
    {
        this.store.inTransaction(connection -> execute(connection, "INSERT INTO t VALUES (4)"));

        StoreException failure = assertThrows(StoreException.class,
            () -> this.store.inTransaction(connection -> {
                execute(connection, "INSERT INTO t VALUES (5)");
                return execute(connection, "INSERT INTO t VALUES (4)");
            }));

        assertEquals("gov.core.error.store.failure", failure.getMessageKey());
        assertEquals(List.of("23505"), failure.getParameters());
        assertEquals(1, count());
    }

    private int count() throws GovException
    {
        return this.store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM t")) {
                result.next();
                return result.getInt(1);
            }
        });
    }

    private static Object execute(Connection connection, String sql) throws SQLException
    {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }
}
