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

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.StoreException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Store settings: what messages show of a URL, and which databases are recognised.
 *
 * @version $Id$
 */
class StoreSettingsTest
{
    @Test
    void displayUrlDropsParametersThatMayHoldCredentials()
    {
        StoreSettings settings =
            new StoreSettings("jdbc:postgresql://db:5432/wiki?user=x&password=secret", "x", "secret", 4);

        assertEquals("jdbc:postgresql://db:5432/wiki", settings.displayUrl());
        assertEquals("jdbc:h2:file:/data/gov",
            new StoreSettings("jdbc:h2:file:/data/gov;PASSWORD=x", "", "", 1).displayUrl());
        assertFalse(settings.toString().contains("secret"));
    }

    @Test
    void recognisesH2AndPostgresql() throws Exception
    {
        assertEquals(DatabaseKind.H2, PooledDataSourceFactory.kindOf(new StoreSettings("jdbc:h2:mem:x", "", "", 1)));
        assertEquals(DatabaseKind.POSTGRESQL,
            PooledDataSourceFactory.kindOf(new StoreSettings("jdbc:postgresql://h/d", "", "", 1)));
        assertEquals("gov.core.error.store.unsupportedUrl", assertThrows(StoreException.class,
            () -> PooledDataSourceFactory.kindOf(new StoreSettings("jdbc:oracle:x", "", "", 1))).getMessageKey());
    }
}
