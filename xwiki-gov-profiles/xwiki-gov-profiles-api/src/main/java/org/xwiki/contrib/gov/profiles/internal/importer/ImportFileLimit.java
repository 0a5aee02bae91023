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
package org.xwiki.contrib.gov.profiles.internal.importer;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;

/**
 * The largest HR import file, {@code gov.profiles.import.maxMegabytes} (64 by default, about 500,000 rows): the page
 * and the JSON API refuse a larger one before reading it when its length is announced, and stop reading it otherwise.
 *
 * @version $Id$
 */
@Component(roles = ImportFileLimit.class)
@Singleton
public class ImportFileLimit
{
    private static final long DEFAULT_MEGABYTES = 64;

    private static final long MEGABYTE = 1024 * 1024;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    /**
     * @return the largest file accepted, in bytes
     */
    public long maxBytes()
    {
        return Math.max(1, this.configuration.getProperty("gov.profiles.import.maxMegabytes", DEFAULT_MEGABYTES))
            * MEGABYTE;
    }
}
