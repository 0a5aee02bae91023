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
package org.xwiki.contrib.gov.store;

import org.xwiki.component.annotation.Role;

/**
 * The tables of one module: a folder of Flyway migrations, applied at start-up with a history table of the module's
 * own, so that modules evolve their schemas independently.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GovSchema
{
    /**
     * @return the module's name, lower-case letters only ({@code core}); names the history table
     *     {@code gov_schema_<name>}
     */
    String getModuleName();

    /**
     * @return the class-path folder holding the module's migrations ({@code db/gov/core})
     */
    String getMigrationFolder();

    /**
     * @return where the schema is migrated among the others, lowest first (the kernel is 0)
     */
    int getOrder();
}
