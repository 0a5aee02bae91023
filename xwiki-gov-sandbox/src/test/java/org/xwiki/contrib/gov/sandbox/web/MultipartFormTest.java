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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading a form that sends a file: fields and files, the token checked before the rest is read, limits, malformed
 * bodies, and temporary files removed.
 *
 * @version $Id$
 */
class MultipartFormTest
{
    private static final String BOUNDARY = "----gov-boundary-42";

    private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private static final String TOKEN = "form_token";

    @TempDir
    private Path folder;

    private final List<Optional<String>> gateSaw = new ArrayList<>();

    @Test
    void readsTheFieldsAndTheFileAfterTheToken() throws IOException
    {
        byte[] body = body(field(TOKEN, "secret"), field("agency", "HEALTH"), file("file", "people.csv",
            "user_id\nzo\u00e9\n"), field("agency", "REVENUE"));

        try (MultipartForm form = read(body, Long.MAX_VALUE, "secret"::equals).orElseThrow()) {
            assertEquals(List.of(Optional.of("secret")), this.gateSaw);
            assertEquals(Map.of("agency", List.of("HEALTH", "REVENUE")), form.fields(), "the token is not a field");
            UploadedFile file = form.files().get(0);
            assertEquals("file", file.getName());
            assertEquals("people.csv", file.getSubmittedFileName());
            assertEquals("text/csv", file.getContentType());
            try (InputStream in = file.getInputStream()) {
                assertEquals("user_id\nzo\u00e9\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertEquals(1, temporaryFiles());
        }
        assertEquals(0, temporaryFiles(), "closing the form deletes its files");
    }

    @Test
    void aRefusedTokenStopsTheReadingAtTheFirstPart() throws IOException
    {
        byte[] start = body(field(TOKEN, "forged"), file("file", "people.csv", "a".repeat(200_000)));
        CountingStream body = new CountingStream(new ByteArrayInputStream(start));

        assertTrue(MultipartForm.read(CONTENT_TYPE, body, Long.MAX_VALUE, this.folder, this::gate, TOKEN).isEmpty());
        assertEquals(List.of(Optional.of("forged")), this.gateSaw);
        assertTrue(body.count.get() <= 64 * 1024, "read " + body.count.get() + " bytes");
        assertEquals(0, temporaryFiles());
    }

    @Test
    void aFormWhoseFirstPartIsNotTheTokenIsJudgedWithoutOneBeforeItsFileIsRead() throws IOException
    {
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(
            ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8)), new InputStream()
                {
                    @Override
                    public int read()
                    {
                        return 'a';
                    }
                });

        assertTrue(MultipartForm.read(CONTENT_TYPE, endless, Long.MAX_VALUE, this.folder, this::gate, TOKEN)
            .isEmpty());
        assertEquals(List.of(Optional.empty()), this.gateSaw);
        assertEquals(0, temporaryFiles());

        this.gateSaw.clear();
        assertTrue(read(body(field("agency", "HEALTH"), field(TOKEN, "secret")), Long.MAX_VALUE, "secret"::equals)
            .isEmpty(), "the token must come first");
        assertEquals(List.of(Optional.empty()), this.gateSaw);
    }

    @Test
    void aGateThatNeedsNoTokenLetsAFormWithoutOneThrough() throws IOException
    {
        try (MultipartForm form = read(body(field("agency", "HEALTH")), Long.MAX_VALUE, token -> true)
            .orElseThrow()) {
            assertEquals(Map.of("agency", List.of("HEALTH")), form.fields());
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndLeavesNoFile() throws IOException
    {
        byte[] body = body(field(TOKEN, "secret"), file("file", "big.csv", "b".repeat(300_000)));

        MultipartForm.UnreadableFormException tooLarge = assertThrows(MultipartForm.UnreadableFormException.class,
            () -> read(body, 200_000, "secret"::equals));
        assertEquals(413, tooLarge.status());
        assertEquals(0, temporaryFiles());
        assertEquals(413, assertThrows(MultipartForm.UnreadableFormException.class,
            () -> read(body(field(TOKEN, "secret"), field("text", "t".repeat((1 << 20) + 1))), Long.MAX_VALUE,
                "secret"::equals)).status(), "a field that is not a file is kept in memory: 1 MB at most");
    }

    @Test
    void aMalformedBodyIsRefusedWith400AndLeavesNoFile() throws IOException
    {
        byte[] whole = body(field(TOKEN, "secret"), file("file", "cut.csv", "c".repeat(100_000)));
        byte[] cut = Arrays.copyOf(whole, whole.length - 200);

        assertEquals(400, assertThrows(MultipartForm.UnreadableFormException.class,
            () -> read(cut, Long.MAX_VALUE, "secret"::equals)).status(), "the body ends inside the file");
        assertEquals(0, temporaryFiles());
        assertEquals(400, assertThrows(MultipartForm.UnreadableFormException.class,
            () -> MultipartForm.read("multipart/form-data", new ByteArrayInputStream(whole), Long.MAX_VALUE,
                this.folder, this::gate, TOKEN)).status(), "no boundary");
        assertFalse(MultipartForm.isMultipart("application/x-www-form-urlencoded"));
        assertTrue(MultipartForm.isMultipart("Multipart/Form-Data; boundary=x"));
    }

    private Optional<MultipartForm> read(byte[] body, long maxBytes, Predicate<String> validToken)
        throws IOException
    {
        return MultipartForm.read(CONTENT_TYPE, new ByteArrayInputStream(body), maxBytes, this.folder, first -> {
            this.gateSaw.add(first);
            return validToken.test(first.orElse(null));
        }, TOKEN);
    }

    private boolean gate(Optional<String> first)
    {
        this.gateSaw.add(first);
        return false;
    }

    private long temporaryFiles() throws IOException
    {
        try (Stream<Path> files = Files.list(this.folder)) {
            return files.count();
        }
    }

    private static String field(String name, String value)
    {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String file(String name, String fileName, String content)
    {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
            + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n";
    }

    private static byte[] body(String... parts)
    {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String part : parts) {
            body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Counts what the form reads of its body. */
    private static final class CountingStream extends InputStream
    {
        private final InputStream in;

        private final AtomicLong count = new AtomicLong();

        CountingStream(InputStream in)
        {
            this.in = in;
        }

        @Override
        public int read() throws IOException
        {
            int value = this.in.read();
            this.count.addAndGet(value < 0 ? 0 : 1);
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException
        {
            int read = this.in.read(buffer, offset, length);
            this.count.addAndGet(Math.max(read, 0));
            return read;
        }
    }
}
