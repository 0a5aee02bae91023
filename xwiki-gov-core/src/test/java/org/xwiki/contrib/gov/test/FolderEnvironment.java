package org.xwiki.contrib.gov.test;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;

import org.xwiki.environment.Environment;

/**
 * An environment whose permanent and temporary directories are one test folder.
 *
 * @version $Id$
 */
public final class FolderEnvironment implements Environment
{
    private final Path folder;

    /**
     * @param folder the folder
     */
    public FolderEnvironment(Path folder)
    {
        this.folder = folder;
    }

    @Override
    public File getTemporaryDirectory()
    {
        return this.folder.resolve("tmp").toFile();
    }

    @Override
    public File getPermanentDirectory()
    {
        return this.folder.toFile();
    }

    @Override
    public URL getResource(String resourceName)
    {
        return getClass().getClassLoader().getResource(resourceName);
    }

    @Override
    public InputStream getResourceAsStream(String resourceName)
    {
        return getClass().getClassLoader().getResourceAsStream(resourceName);
    }
}
