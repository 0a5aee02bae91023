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
package org.xwiki.contrib.gov.configuration;

/**
 * The settings administrators change while the wiki runs (the guidelines' reminder, escalation and grace days, their
 * time zone) and the addresses of the extensions' pages and JSON API: read from the
 * {@link org.xwiki.configuration.ConfigurationSource} the host registers under {@value #HINT}. The sandbox registers
 * its {@code xwiki.properties}; inside XWiki the platform binding reads a module's section of XWiki's Administration
 * first, then {@code xwiki.properties}, then the addresses of XWiki's own URLs. The store's settings are not among
 * them: the database is chosen before the wiki's pages can be read, in {@code xwiki.properties} only.
 *
 * @version $Id$
 * @since 1.0
 */
public final class GovSettings
{
    /** The hint of the configuration source that holds the settings. */
    public static final String HINT = "gov";

    private GovSettings()
    {
    }
}
