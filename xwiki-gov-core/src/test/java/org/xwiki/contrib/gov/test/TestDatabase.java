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

import java.nio.file.Path;

import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * A fresh, empty database for one test: an H2 file in the test's folder, or a new database on the embedded PostgreSQL
 * server.
 *
 * @param kind the database product
 * @param url the JDBC URL
 * @param user the user to connect as, empty for none
 * @version $Id$
 */
public record TestDatabase(DatabaseKind kind, String url, String user)
{
    /**
     * @param kind the database product
     * @param folder a folder of the test's own, for H2's files
     * @return a new, empty database
     */
    public static TestDatabase create(DatabaseKind kind, Path folder)
    {
        if (kind == DatabaseKind.H2) {
            return new TestDatabase(kind, "jdbc:h2:file:" + folder.resolve("gov") + ";LOCK_TIMEOUT=30000", "");
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        return new TestDatabase(kind, postgres.createDatabase(), postgres.user());
    }
}
