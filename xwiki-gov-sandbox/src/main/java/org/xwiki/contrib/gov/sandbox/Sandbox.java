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

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.sandbox.internal.DemoData;
import org.xwiki.contrib.gov.sandbox.web.SandboxServer;
import org.xwiki.contrib.gov.task.GovTaskScheduler;

/**
 * A running sandbox: the components, the demo data, and the web server.
 *
 * @version $Id$
 */
public final class Sandbox implements AutoCloseable
{
    private final SandboxComponents components;

    private final SandboxServer server;

    private final boolean demoDataCreated;

    private Sandbox(SandboxComponents components, SandboxServer server, boolean demoDataCreated)
    {
        this.components = components;
        this.server = server;
        this.demoDataCreated = demoDataCreated;
    }

    /**
     * Starts the sandbox; on failure, releases whatever was started.
     *
     * @param options where to listen and where the data is
     * @return the running sandbox
     * @throws SandboxException when the data folder, the database or the port is unusable
     */
    public static Sandbox start(SandboxOptions options) throws SandboxException
    {
        SandboxComponents components = SandboxComponents.boot(prepareDataFolder(options.dataFolder()));
        try {
            boolean created = components.get(DemoData.class).createIfEmpty(options.demoPeople());
            SandboxServer server = new SandboxServer(components.manager(), options.host(), options.port());
            startServer(server, options);
            components.get(GovTaskScheduler.class).start();
            return new Sandbox(components, server, created);
        } catch (GovException e) {
            components.close();
            throw new SandboxException("Cannot create the demo data: " + e.getMessage(), e);
        } catch (ComponentLookupException | SandboxException | RuntimeException e) {
            components.close();
            throw e instanceof SandboxException sandboxException ? sandboxException
                : new SandboxException("Cannot start the sandbox: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the data folder if needed and checks that it can be written.
     *
     * @param folder the data folder
     * @return its absolute path
     * @throws SandboxException when it cannot be created or written
     */
    public static Path prepareDataFolder(Path folder) throws SandboxException
    {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new SandboxException("The data folder " + absolute + " cannot be created or written ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Choose another one with --data DIR.", e);
        }
        return absolute;
    }

    private static void startServer(SandboxServer server, SandboxOptions options) throws SandboxException
    {
        try {
            server.start();
        } catch (IOException e) {
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new SandboxException("Port " + options.port() + " is already in use (or not allowed) on "
                    + options.host() + ". Stop the program using it, or choose another port with --port N.", e);
            }
            throw new SandboxException("Cannot open port " + options.port() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the address of the home page
     */
    public URI uri()
    {
        return this.server.uri();
    }

    /**
     * @return whether this start created the demo data (the data folder was empty)
     */
    public boolean isDemoDataCreated()
    {
        return this.demoDataCreated;
    }

    /**
     * @return the running components
     */
    public SandboxComponents components()
    {
        return this.components;
    }

    @Override
    public void close()
    {
        this.server.stop();
        this.components.close();
    }
}
