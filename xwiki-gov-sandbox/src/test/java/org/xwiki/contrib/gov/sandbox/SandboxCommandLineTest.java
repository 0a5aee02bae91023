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
package org.xwiki.contrib.gov.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's command line: {@code verify-audit}, and the clear messages of a start that cannot succeed.
 *
 * @version $Id$
 */
class SandboxCommandLineTest
{
    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments)
    {
        return new SandboxMain(new PrintStream(this.out, true, StandardCharsets.UTF_8),
            new PrintStream(this.err, true, StandardCharsets.UTF_8)).run(List.of(arguments));
    }

    private String err()
    {
        return this.err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verifyAuditReportsAnIntactChainThenNamesTheTamperedRecord() throws Exception
    {
        Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", this.data)).close();

        assertEquals(SandboxMain.OK, run("verify-audit", "--data", this.data.toString()));
        assertTrue(this.out.toString(StandardCharsets.UTF_8).startsWith("The audit chain is intact: "),
            this.out.toString(StandardCharsets.UTF_8));
        assertTrue(this.out.toString(StandardCharsets.UTF_8).contains("Signed checkpoints cover the records up to"
            + " number "), "the window verification cannot cover is stated");

        try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + this.data.resolve("gov").resolve("gov"));
            Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                "UPDATE gov_audit_record SET actor_id = 'mallory' WHERE sequence_number = 7");
        }
        assertEquals(SandboxMain.BROKEN_CHAIN, run("verify-audit", "--data", this.data.toString()));
        assertEquals("The audit chain is broken at record 7: the content of this record does not match its hash "
            + "(it was altered).", err().strip());
    }

    @Test
    void verifyAuditNeedsAnExistingDataFolder()
    {
        assertEquals(SandboxMain.FAILURE, run("verify-audit", "--data", this.data.resolve("none").toString()));
        assertTrue(err().startsWith("There is no data folder at "), err());
        assertTrue(Files.notExists(this.data.resolve("none")), "nothing created");
    }

    @Test
    void aPortInUseIsNamed() throws Exception
    {
        try (ServerSocket busy = new ServerSocket(0)) {
            int port = busy.getLocalPort();
            assertEquals(SandboxMain.FAILURE, run("--port", String.valueOf(port), "--data", this.data.toString()));
            assertTrue(err().startsWith("Port " + port + " is already in use"), err());
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsNamed() throws Exception
    {
        Path file = Files.writeString(this.data.resolve("file"), "not a folder");

        assertEquals(SandboxMain.FAILURE, run("--data", file.resolve("data").toString()));
        assertTrue(err().startsWith("The data folder " + file.resolve("data") + " cannot be created or written"),
            err());
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() throws Exception
    {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Files.writeString(this.data.resolve(SandboxComponents.CONFIGURATION_FILE),
            "gov.store.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/gov?password=secret\n");

        assertEquals(SandboxMain.FAILURE, run("--port", "0", "--data", this.data.toString()));
        assertTrue(err().startsWith("Cannot connect to the gov database at jdbc:postgresql://127.0.0.1:" + closedPort
            + "/gov: "), err());
        assertFalse(err().contains("secret"));
        assertFalse(err().contains("\tat "), "no stack trace");
    }

    @Test
    void badArgumentsAreNamedWithTheUsage()
    {
        assertEquals(SandboxMain.FAILURE, run("--port", "eighty"));
        assertEquals("--port must be a number from 0 to 65535, not \"eighty\".", err().strip());

        this.err.reset();
        assertEquals(SandboxMain.FAILURE, run("--colour"));
        assertTrue(err().startsWith("Unknown argument: --colour\nUsage: java -jar xwiki-gov-sandbox.jar"), err());

        this.err.reset();
        assertEquals(SandboxMain.FAILURE, run("--data"));
        assertTrue(err().startsWith("--data needs a value."), err());
    }
}
