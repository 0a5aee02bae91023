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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * A {@code multipart/form-data} body (a form that sends a file), read as it arrives with Jetty's parser: its fields in
 * memory, each file in a temporary file, never more than the form's limit. A gate sees the first part before anything
 * else is read: the form's CSRF token, which the sandbox's forms send first. When the gate refuses, reading stops
 * there, so a forged upload costs one part, not a file on disk.
 *
 * @version $Id$
 */
public final class MultipartForm implements AutoCloseable
{
    /** The content type of a form that sends a file. */
    public static final String CONTENT_TYPE = "multipart/form-data";

    private static final int BUFFER = 64 * 1024;

    /** The largest field that is not a file: a form's text fields, never a document. */
    private static final int MAX_FIELD_BYTES = 1 << 20;

    private static final int MAX_PARTS = 100;

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private final List<UploadedFile> files = new ArrayList<>();

    private MultipartForm()
    {
    }

    /**
     * What refuses a form that cannot be read: too large (413) or not a well-formed multipart body (400).
     */
    public static final class UnreadableFormException extends IOException
    {
        private static final long serialVersionUID = 1L;

        private final int status;

        UnreadableFormException(int status, String message, Throwable cause)
        {
            super(message, cause);
            this.status = status;
        }

        /**
         * @return the HTTP status of the refusal
         */
        public int status()
        {
            return this.status;
        }
    }

    /**
     * @param contentType a request's content type
     * @return whether it is a form that sends a file
     */
    public static boolean isMultipart(String contentType)
    {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CONTENT_TYPE);
    }

    /**
     * Reads a form's body.
     *
     * @param contentType the request's content type, with its boundary
     * @param body the request's body
     * @param maxBytes the largest body read
     * @param folder where files wait while the request is answered
     * @param gate told the first part's value when it is a field named {@code firstField}, empty otherwise, before
     *     anything after it is read; whether to read on
     * @param firstField the name of the field the gate expects first
     * @return the form, empty when the gate refused it
     * @throws UnreadableFormException when the body is larger than {@code maxBytes} or malformed
     * @throws IOException when the body or a temporary file cannot be read or written
     */
    public static Optional<MultipartForm> read(String contentType, InputStream body, long maxBytes, Path folder,
        Predicate<Optional<String>> gate, String firstField) throws IOException
    {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null) {
            throw new UnreadableFormException(400, "No boundary in " + contentType, null);
        }
        MultipartForm form = new MultipartForm();
        PartsReader reader = form.new PartsReader(folder, gate, firstField);
        MultiPart.Parser parser = new MultiPart.Parser(boundary, reader);
        parser.setMaxParts(MAX_PARTS);
        try {
            long total = 0;
            while (!reader.isDone()) {
                byte[] buffer = new byte[BUFFER];
                int read = body.read(buffer);
                if (read < 0) {
                    parser.parse(Content.Chunk.EOF);
                    break;
                }
                total += read;
                if (total > maxBytes) {
                    throw new UnreadableFormException(413, "The form is larger than " + maxBytes + " bytes", null);
                }
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, read), false));
            }
            reader.finish();
        } catch (IOException | RuntimeException e) {
            reader.abandon();
            form.close();
            throw e;
        }
        if (reader.refused) {
            form.close();
            return Optional.empty();
        }
        return Optional.of(form);
    }

    /**
     * @return the fields that are not files, by name, in the order sent; the gate's first field is not among them
     */
    public Map<String, List<String>> fields()
    {
        return this.fields;
    }

    /**
     * @return the files, in the order sent
     */
    public List<UploadedFile> files()
    {
        return List.copyOf(this.files);
    }

    /** Deletes the temporary files. */
    @Override
    public void close()
    {
        this.files.forEach(UploadedFile::delete);
    }

    /** Takes each part as Jetty's parser finds it. */
    private final class PartsReader extends MultiPart.AbstractPartsListener
    {
        private final Path folder;

        private final Predicate<Optional<String>> gate;

        private final String firstField;

        private int parts;

        private boolean gateDecided;

        private boolean refused;

        private boolean complete;

        private ByteArrayOutputStream field;

        private Path file;

        private OutputStream fileOut;

        private long fileSize;

        private IOException failure;

        PartsReader(Path folder, Predicate<Optional<String>> gate, String firstField)
        {
            this.folder = folder;
            this.gate = gate;
            this.firstField = firstField;
        }

        boolean isDone()
        {
            return this.refused || this.complete || this.failure != null;
        }

        @Override
        public void onPartHeaders()
        {
            if (!this.gateDecided && (this.parts > 0 || getFileName() != null
                || !this.firstField.equals(getName()))) {
                decide(Optional.empty());
            }
            if (isDone()) {
                return;
            }
            if (getFileName() == null) {
                this.field = new ByteArrayOutputStream();
                return;
            }
            try {
                Files.createDirectories(this.folder);
                this.file = Files.createTempFile(this.folder, "gov-upload-", ".part");
                this.fileOut = Files.newOutputStream(this.file);
                this.fileSize = 0;
            } catch (IOException e) {
                this.failure = e;
            }
        }

        @Override
        public void onPartContent(Content.Chunk chunk)
        {
            if (isDone()) {
                return;
            }
            ByteBuffer content = chunk.getByteBuffer();
            int length = content.remaining();
            byte[] bytes = new byte[length];
            content.get(bytes);
            try {
                if (this.fileOut != null) {
                    this.fileOut.write(bytes);
                    this.fileSize += length;
                } else if (this.field != null) {
                    if (this.field.size() + length > MAX_FIELD_BYTES) {
                        this.failure = new UnreadableFormException(413, "A field is larger than " + MAX_FIELD_BYTES
                            + " bytes", null);
                        return;
                    }
                    this.field.write(bytes);
                }
            } catch (IOException e) {
                this.failure = e;
            }
        }

        @Override
        public void onPart(String name, String fileName, HttpFields headers)
        {
            this.parts++;
            if (isDone()) {
                return;
            }
            if (this.fileOut != null) {
                try {
                    this.fileOut.close();
                    MultipartForm.this.files.add(new UploadedFile(Optional.ofNullable(name).orElse(""), fileName,
                        headers.get(HttpHeader.CONTENT_TYPE), this.file, this.fileSize));
                } catch (IOException e) {
                    this.failure = e;
                }
                this.fileOut = null;
                this.file = null;
            } else if (this.field != null) {
                String value = this.field.toString(StandardCharsets.UTF_8);
                this.field = null;
                if (!this.gateDecided) {
                    decide(Optional.of(value));
                } else if (name != null) {
                    MultipartForm.this.fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                }
            }
        }

        @Override
        public void onComplete()
        {
            if (!this.gateDecided) {
                decide(Optional.empty());
            }
            this.complete = true;
        }

        @Override
        public void onFailure(Throwable cause)
        {
            if (this.failure == null) {
                this.failure = new UnreadableFormException(400, "Not a well-formed form: " + cause.getMessage(),
                    cause);
            }
        }

        private void decide(Optional<String> first)
        {
            this.gateDecided = true;
            this.refused = !this.gate.test(first);
        }

        /** After the last byte read: the form was whole, refused, or fails. */
        void finish() throws IOException
        {
            if (this.failure != null) {
                throw this.failure;
            }
            if (!this.refused && !this.complete) {
                throw new UnreadableFormException(400, "The form ends before its last boundary", null);
            }
        }

        /** Removes the file being written when reading stops halfway through it. */
        void abandon()
        {
            if (this.fileOut != null) {
                try {
                    this.fileOut.close();
                } catch (IOException e) {
                    // Deleted below whatever the close says.
                }
                UploadedFile.deleteQuietly(this.file);
            }
        }
    }
}
