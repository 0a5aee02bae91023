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

import java.nio.file.Path;
import java.util.List;

import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;

/**
 * Where a benchmark's data lives, in a form that can be handed to another process.
 *
 * @param kind the database product
 * @param folder the kernel's permanent folder
 * @param url the JDBC URL; empty for the kernel's own embedded H2 file under the folder, exactly as the sandbox and
 *     XWiki open it
 * @param user the database user, empty for none
 * @version $Id$
 */
record BenchmarkDatabase(DatabaseKind kind, Path folder, String url, String user)
{
    /**
     * @param folder the kernel's permanent folder
     * @return the default embedded H2 database in that folder
     */
    static BenchmarkDatabase embeddedH2(Path folder)
    {
        return new BenchmarkDatabase(DatabaseKind.H2, folder, "", "");
    }

    /**
     * @param arguments what {@link #toArguments()} gave
     * @param first the index of the first of them
     * @return the database
     */
    static BenchmarkDatabase fromArguments(List<String> arguments, int first)
    {
        return new BenchmarkDatabase(DatabaseKind.valueOf(arguments.get(first)), Path.of(arguments.get(first + 1)),
            arguments.get(first + 2), arguments.get(first + 3));
    }

    /**
     * @return this database as command-line arguments
     */
    List<String> toArguments()
    {
        return List.of(this.kind.name(), this.folder.toString(), this.url, this.user);
    }

    /**
     * @return every gov component on this database
     */
    TestKernel open()
    {
        return TestKernel.start(new TestDatabase(this.kind, this.url, this.user), this.folder);
    }
}
