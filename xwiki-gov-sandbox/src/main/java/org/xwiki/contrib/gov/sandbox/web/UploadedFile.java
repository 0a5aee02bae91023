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
package org.xwiki.contrib.gov.sandbox.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.Part;

/**
 * A file a form sent, waiting in a temporary file until the request is answered.
 *
 * @version $Id$
 */
public final class UploadedFile implements Part
{
    private static final String CONTENT_TYPE = "content-type";

    private final String name;

    private final String submittedFileName;

    private final String contentType;

    private final Path file;

    private final long size;

    /**
     * @param name the form field's name
     * @param submittedFileName the file's name on the sender's computer
     * @param contentType the file's media type as sent, null when none was
     * @param file where it waits
     * @param size its size in bytes
     */
    public UploadedFile(String name, String submittedFileName, String contentType, Path file, long size)
    {
        this.name = Objects.requireNonNull(name, "name");
        this.submittedFileName = submittedFileName;
        this.contentType = contentType;
        this.file = Objects.requireNonNull(file, "file");
        this.size = size;
    }

    @Override
    public InputStream getInputStream() throws IOException
    {
        return Files.newInputStream(this.file);
    }

    @Override
    public String getContentType()
    {
        return this.contentType;
    }

    @Override
    public String getName()
    {
        return this.name;
    }

    @Override
    public String getSubmittedFileName()
    {
        return this.submittedFileName;
    }

    @Override
    public long getSize()
    {
        return this.size;
    }

    /**
     * Refused: an upload is read where it waits, never copied to a path a template names.
     */
    @Override
    public void write(String fileName) throws IOException
    {
        throw new IOException("An upload is read through its input stream only");
    }

    @Override
    public void delete()
    {
        deleteQuietly(this.file);
    }

    @Override
    public String getHeader(String header)
    {
        return CONTENT_TYPE.equals(header.toLowerCase(Locale.ROOT)) ? this.contentType : null;
    }

    @Override
    public Collection<String> getHeaders(String header)
    {
        String value = getHeader(header);
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public Collection<String> getHeaderNames()
    {
        return this.contentType == null ? List.of() : List.of(CONTENT_TYPE);
    }

    static void deleteQuietly(Path file)
    {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left in the sandbox's temporary folder: nothing reads it again.
        }
    }
}
