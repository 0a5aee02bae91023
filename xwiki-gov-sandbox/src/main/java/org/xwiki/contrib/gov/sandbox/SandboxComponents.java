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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.xwiki.component.descriptor.DefaultComponentDescriptor;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.configuration.internal.MapConfigurationSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.configuration.GovSettings;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.environment.Environment;
import org.xwiki.environment.internal.StandardEnvironment;

/**
 * Boots XWiki's component manager with every component of the class path (the gov jars' {@code components.txt} among
 * them), the data folder as permanent directory, and {@code <data>/xwiki.properties} as configuration; then opens the
 * gov store, so that a database problem is reported at start-up.
 *
 * @version $Id$
 */
public final class SandboxComponents implements AutoCloseable
{
    /** The configuration file, in the data folder. */
    public static final String CONFIGURATION_FILE = "xwiki.properties";

    private final EmbeddableComponentManager manager = new EmbeddableComponentManager();

    private SandboxComponents()
    {
    }

    /**
     * @param dataFolder an existing, writable folder
     * @return the booted components, with the store open
     * @throws SandboxException when the configuration cannot be read or the store cannot open
     */
    public static SandboxComponents boot(Path dataFolder) throws SandboxException
    {
        SandboxComponents components = new SandboxComponents();
        try {
            components.initialize(dataFolder);
            return components;
        } catch (SandboxException e) {
            components.close();
            throw e;
        }
    }

    private void initialize(Path dataFolder) throws SandboxException
    {
        this.manager.initialize(getClass().getClassLoader());
        MapConfigurationSource configuration = new MapConfigurationSource();
        configuration.setProperty("velocity.properties", new Properties());
        configuration.setProperty("velocity.tools", new Properties());
        readConfiguration(dataFolder.resolve(CONFIGURATION_FILE)).forEach(
            (key, value) -> configuration.setProperty(String.valueOf(key), value));
        register(ConfigurationSource.class, "xwikiproperties", configuration);
        register(ConfigurationSource.class, GovSettings.HINT, configuration);
        register(ConfigurationSource.class, "default", configuration);
        StandardEnvironment environment = (StandardEnvironment) get(Environment.class);
        environment.setPermanentDirectory(dataFolder.toFile());
        environment.setTemporaryDirectory(dataFolder.resolve("tmp").toFile());
        try {
            this.manager.getInstance(GovStore.class);
        } catch (ComponentLookupException e) {
            throw new SandboxException(rootMessage(e), e);
        }
    }

    private static Properties readConfiguration(Path file) throws SandboxException
    {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new SandboxException("Cannot read the configuration file " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    /**
     * @return the component manager
     */
    public EmbeddableComponentManager manager()
    {
        return this.manager;
    }

    /**
     * @param <T> the role type
     * @param role a role
     * @return its default implementation
     */
    public <T> T get(Class<T> role)
    {
        try {
            return this.manager.getInstance(role);
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("Missing component " + role.getName(), e);
        }
    }

    private <T> void register(Class<T> role, String hint, T instance)
    {
        DefaultComponentDescriptor<T> descriptor = new DefaultComponentDescriptor<>();
        descriptor.setRoleType(role);
        descriptor.setRoleHint(hint);
        this.manager.registerComponent(descriptor, instance);
    }

    private static String rootMessage(Throwable failure)
    {
        // Component initialisation wraps the store's own message; that message is the one to show.
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof GovException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    @Override
    public void close()
    {
        this.manager.dispose();
    }
}
