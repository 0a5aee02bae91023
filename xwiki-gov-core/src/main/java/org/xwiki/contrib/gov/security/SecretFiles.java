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
package org.xwiki.contrib.gov.security;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * Key material kept in files only their owner may read (where the file system knows permissions): the CSRF and audit
 * secrets, created at first start.
 *
 * @version $Id$
 * @since 1.0
 */
public final class SecretFiles
{
    private SecretFiles()
    {
    }

    /**
     * @param file a secret's file
     * @param length the number of random bytes to create it with when it does not exist
     * @return the secret, created first if needed
     * @throws IOException when the file cannot be read or created
     */
    public static byte[] readOrCreate(Path file, int length) throws IOException
    {
        if (!Files.exists(file)) {
            byte[] secret = new byte[length];
            new SecureRandom().nextBytes(secret);
            writeOwnerOnly(file, secret);
        }
        return Files.readAllBytes(file);
    }

    /**
     * Writes a file, its folders created first, readable and writable by its owner only.
     *
     * @param file the file
     * @param content what it holds
     * @throws IOException when it cannot be written
     */
    public static void writeOwnerOnly(Path file, byte[] content) throws IOException
    {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, content);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
