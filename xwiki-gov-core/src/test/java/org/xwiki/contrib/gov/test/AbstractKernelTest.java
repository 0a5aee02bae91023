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
