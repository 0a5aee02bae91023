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

import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.xwiki.component.descriptor.DefaultComponentDescriptor;
import org.xwiki.component.embed.EmbeddableComponentManager;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.configuration.internal.MapConfigurationSource;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.configuration.GovSettings;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.environment.Environment;
import org.xwiki.environment.internal.StandardEnvironment;

/**
 * Every gov component of the class path, on a real database, with test doubles for what the host provides: the
 * directory, the clock, the current request and the configuration.
 *
 * @version $Id$
 */
public final class TestKernel implements AutoCloseable
{
    /** The time the clock starts at. */
    public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private final EmbeddableComponentManager components = new EmbeddableComponentManager();

    private final InMemoryDirectory directory = new InMemoryDirectory();

    private final MutableClock clock = new MutableClock(START);

    private final TestRequest request = new TestRequest();

    private final MapConfigurationSource configuration = new MapConfigurationSource();

    private final RecordingNotifier notifier;

    private TestKernel(TestDatabase database, Path folder, RecordingNotifier notifier)
    {
        this.notifier = notifier;
        this.components.initialize(getClass().getClassLoader());
        this.configuration.setProperty("gov.store.url", database.url());
        this.configuration.setProperty("gov.store.user", database.user());
        register(ConfigurationSource.class, "xwikiproperties", this.configuration);
        register(ConfigurationSource.class, GovSettings.HINT, this.configuration);
        StandardEnvironment environment = (StandardEnvironment) get(Environment.class);
        environment.setPermanentDirectory(folder.toFile());
        environment.setTemporaryDirectory(folder.resolve("tmp").toFile());
        register(Clock.class, "default", this.clock);
        register(WikiDirectory.class, "default", this.directory);
        register(CurrentActor.class, "default", this.request);
        register(CsrfGuard.class, "default", this.request);
        register(Notifier.class, "default", notifier);
    }

    /**
     * @param database the database to use
     * @param folder a folder of the test's own
     * @return the kernel; the store is opened (and migrated) on first use
     */
    public static TestKernel start(TestDatabase database, Path folder)
    {
        return new TestKernel(database, folder, new RecordingNotifier());
    }

    /**
     * @param database the database to use
     * @param folder a folder of the test's own
     * @param notifier the notifier, shared with other kernels as a mail server would be
     * @return the kernel
     */
    public static TestKernel start(TestDatabase database, Path folder, RecordingNotifier notifier)
    {
        return new TestKernel(database, folder, notifier);
    }

    /**
     * @param <T> the role type
     * @param role a role
     * @return its default implementation
     */
    public <T> T get(Class<T> role)
    {
        return get(role, "default");
    }

    /**
     * @param <T> the role type
     * @param role a role
     * @param hint the implementation's hint
     * @return that implementation
     */
    public <T> T get(Type role, String hint)
    {
        try {
            return this.components.getInstance(role, hint);
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("Cannot look up " + role + " (" + hint + ')', e);
        }
    }

    /**
     * @param <T> the role type
     * @param role the role to implement
     * @param hint the hint
     * @param instance the implementation, replacing any other of that role and hint
     */
    public <T> void register(Type role, String hint, T instance)
    {
        DefaultComponentDescriptor<T> descriptor = new DefaultComponentDescriptor<>();
        descriptor.setRoleType(role);
        descriptor.setRoleHint(hint);
        this.components.registerComponent(descriptor, instance);
    }

    /**
     * @return the wiki's users and groups
     */
    public InMemoryDirectory directory()
    {
        return this.directory;
    }

    /**
     * @return the clock every component reads
     */
    public MutableClock clock()
    {
        return this.clock;
    }

    /**
     * @return the current request: its actor and CSRF token
     */
    public TestRequest request()
    {
        return this.request;
    }

    /**
     * @return the notifications sent
     */
    public RecordingNotifier notifier()
    {
        return this.notifier;
    }

    /**
     * @return the configuration ({@code xwiki.properties})
     */
    public MapConfigurationSource configuration()
    {
        return this.configuration;
    }

    @Override
    public void close()
    {
        this.components.dispose();
    }
}
