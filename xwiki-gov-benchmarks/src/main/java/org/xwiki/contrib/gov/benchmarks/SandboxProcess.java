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
package org.xwiki.contrib.gov.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sandbox as people run it, {@code java -jar xwiki-gov-sandbox.jar}, in a JVM of its own on loopback, with a
 * new data folder and Java Flight Recorder sampling it, so that the load driver measures the whole stack and can say
 * where the server's time went. Stopped (and its recording written) when closed.
 *
 * @version $Id$
 */
final class SandboxProcess implements AutoCloseable
{
    private static final String READY = "is ready at ";

    private static final long START_MINUTES = 20;

    private final Process process;

    private final URI uri;

    private final Path recording;

    private SandboxProcess(Process process, URI uri, Path recording)
    {
        this.process = process;
        this.uri = uri;
        this.recording = recording;
    }

    /**
     * Starts a sandbox and waits until it serves.
     *
     * @param jar the sandbox's jar
     * @param folder an empty folder for its data, its log and its recording
     * @param people the generated employees of its demo government
     * @return the running sandbox
     * @throws IOException when it cannot start, or stops before it is ready
     * @throws InterruptedException when interrupted while waiting
     */
    static SandboxProcess start(Path jar, Path folder, int people) throws IOException, InterruptedException
    {
        if (!Files.isReadable(jar)) {
            throw new IOException("No sandbox jar at " + jar.toAbsolutePath() + ": build it first (mvn -B -DskipTests "
                + "package), or give --sandbox-jar.");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path recording = folder.resolve("sandbox.jfr");
        Path log = folder.resolve("sandbox.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-XX:StartFlightRecording=filename=" + recording + ",settings=profile", "-jar",
            jar.toString(), "--host", "127.0.0.1", "--port", String.valueOf(port), "--data",
            folder.resolve("data").toString(), "--demo-people", String.valueOf(people)))
            .redirectErrorStream(true).start();
        CompletableFuture<URI> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> copyUntilReady(process, log, ready), "sandbox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new SandboxProcess(process, ready.get(START_MINUTES, TimeUnit.MINUTES), recording);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("The sandbox did not start; see " + log, e);
        }
    }

    private static void copyUntilReady(Process process, Path log, CompletableFuture<URI> ready)
    {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.write(line);
                out.newLine();
                out.flush();
                int at = line.indexOf(READY);
                if (at >= 0) {
                    ready.complete(URI.create(line.substring(at + READY.length()).strip()));
                }
            }
            ready.completeExceptionally(new IOException("The sandbox stopped with exit code " + process.waitFor()));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.completeExceptionally(e);
        }
    }

    /**
     * @return where it serves
     */
    URI uri()
    {
        return this.uri;
    }

    /**
     * @return its flight recording, complete once it is closed
     */
    Path recording()
    {
        return this.recording;
    }

    @Override
    public void close() throws InterruptedException
    {
        // A normal stop, so that the recording is written on the way out.
        this.process.destroy();
        if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
            this.process.destroyForcibly();
        }
    }
}
