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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.store.StoreException;
import org.xwiki.environment.Environment;

/**
 * Reads the store settings from {@code xwiki.properties}: {@code gov.store.url}, {@code gov.store.user},
 * {@code gov.store.password}, {@code gov.store.maxPoolSize}. Without a URL, the store is an embedded H2 database in
 * the {@code gov} folder of XWiki's permanent directory.
 *
 * @version $Id$
 */
@Component(roles = StoreConfiguration.class)
@Singleton
public class StoreConfiguration
{
    /** The name of the folder, under the permanent directory, that holds the embedded database. */
    public static final String FOLDER = "gov";

    private static final String PREFIX = "gov.store.";

    private static final int DEFAULT_POOL_SIZE = 10;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Inject
    private Environment environment;

    /**
     * @return the configured settings
     * @throws StoreException when the embedded database's folder cannot be created or written
     */
    public StoreSettings getSettings() throws StoreException
    {
        String url = this.configuration.getProperty(PREFIX + "url", "");
        if (url.isBlank()) {
            url = embeddedUrl();
        }
        return new StoreSettings(url, this.configuration.getProperty(PREFIX + "user", ""),
            this.configuration.getProperty(PREFIX + "password", ""),
            this.configuration.getProperty(PREFIX + "maxPoolSize", DEFAULT_POOL_SIZE));
    }

    private String embeddedUrl() throws StoreException
    {
        Path folder = this.environment.getPermanentDirectory().toPath().resolve(FOLDER).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new StoreException(e, "gov.core.error.store.folderNotWritable", folder);
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("gov.core.error.store.folderNotWritable", folder);
        }
        // A generous lock timeout: audit appends queue on one row while other transactions commit.
        return "jdbc:h2:file:" + folder.resolve("gov") + ";LOCK_TIMEOUT=30000;DB_CLOSE_ON_EXIT=FALSE";
    }
}
