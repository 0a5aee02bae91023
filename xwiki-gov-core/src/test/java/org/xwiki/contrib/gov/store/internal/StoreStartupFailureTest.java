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

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.StoreException;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clear messages of a store that cannot start.
 *
 * @version $Id$
 */
class StoreStartupFailureTest
{
    @TempDir
    Path folder;

    @Test
    void namesAnUnreachableDatabase() throws Exception
    {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/gov?password=secret";

        StoreException failure = startWith(new TestDatabase(DatabaseKind.POSTGRESQL, url, "gov"));

        assertEquals("gov.core.error.store.unreachable", failure.getMessageKey());
        assertTrue(failure.getMessage().startsWith(
            "Cannot connect to the gov database at jdbc:postgresql://127.0.0.1:" + closedPort + "/gov: "),
            failure.getMessage());
        assertTrue(!failure.getMessage().contains("secret"), "the password stays out of the message");
    }

    @Test
    void namesAnUnsupportedDatabase() throws Exception
    {
        StoreException failure = startWith(new TestDatabase(DatabaseKind.H2, "jdbc:mysql://localhost/gov", ""));

        assertEquals("gov.core.error.store.unsupportedUrl", failure.getMessageKey());
    }

    @Test
    void namesADataFolderThatCannotBeWritten() throws Exception
    {
        Path notAFolder = Files.writeString(this.folder.resolve("file"), "x");
        try (TestKernel kernel = TestKernel.start(new TestDatabase(DatabaseKind.H2, "", ""), notAFolder)) {
            StoreException failure =
                StoreFailures.of(assertThrows(IllegalStateException.class, () -> kernel.get(GovStore.class)));

            assertEquals("gov.core.error.store.folderNotWritable", failure.getMessageKey());
            assertTrue(failure.getMessage().contains(notAFolder.resolve("gov").toString()), failure.getMessage());
        }
    }

    private StoreException startWith(TestDatabase database)
    {
        try (TestKernel kernel = TestKernel.start(database, this.folder)) {
            return StoreFailures.of(assertThrows(IllegalStateException.class, () -> kernel.get(GovStore.class)));
        }
    }
}
