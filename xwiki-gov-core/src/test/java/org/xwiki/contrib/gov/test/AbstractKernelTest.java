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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * A test on a fresh database and kernel. Concrete classes say which databases they run on, usually both:
 *
 * <pre>
 * &#64;ParameterizedClass
 * &#64;EnumSource(DatabaseKind.class)
 * </pre>
 *
 * @version $Id$
 */
public abstract class AbstractKernelTest
{
    /** The database product this run uses. */
    @Parameter
    protected DatabaseKind databaseKind;

    /** A folder of the test's own. */
    @TempDir
    protected Path folder;

    /** The database of this test. */
    protected TestDatabase database;

    /** The kernel under test. */
    protected TestKernel kernel;

    /**
     * Starts the kernel on a new database.
     */
    @BeforeEach
    void startKernel()
    {
        this.database = TestDatabase.create(this.databaseKind, this.folder);
        this.kernel = TestKernel.start(this.database, this.folder);
    }

    /**
     * Stops the kernel, closing its connections.
     */
    @AfterEach
    void stopKernel()
    {
        this.kernel.close();
    }
}
