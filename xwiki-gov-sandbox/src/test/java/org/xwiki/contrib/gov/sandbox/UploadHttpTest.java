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
package org.xwiki.contrib.gov.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads are refused before they are read: a form that sends a file without its token first, a JSON upload from
 * someone who may not import, and a body over its limit, announced or not. Each request sends only the start of its
 * body and then waits for the answer: a server that read the body before refusing it would never answer.
 *
 * @version $Id$
 */
class UploadHttpTest extends AbstractSandboxHttpTest
{
    private static final String IMPORT_PAGE = "/profiles/import";

    private static final String IMPORT_API = "/gov/rest/profiles/imports?agency=HEALTH";

    private static final String BOUNDARY = "----gov-upload-test";

    private static final long HUNDRED_MEGABYTES = 100L << 20;

    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    @Test
    void aFormSendingAFileWithoutItsTokenFirstIsRefusedBeforeTheFileIsRead() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        String cookie = "JSESSIONID=" + hana.sessionCookie().getValue();
        String token = hana.token(IMPORT_PAGE);
        byte[] fileFirst = (filePartHead() + "a".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);
        byte[] forgedFirst = (field("form_token", "forged") + filePartHead() + "a".repeat(1 << 20))
            .getBytes(StandardCharsets.UTF_8);
        byte[] tokenLast = (field("agency", "HEALTH") + field("form_token", token) + filePartHead() + "a")
            .getBytes(StandardCharsets.UTF_8);

        for (byte[] start : new byte[][] {fileFirst, forgedFirst, tokenLast}) {
            RawAnswer answer = sendTheStartOnly("POST", IMPORT_PAGE, Map.of("Cookie", cookie, "Content-Type",
                MULTIPART), HUNDRED_MEGABYTES, start);
            assertEquals(403, answer.status(), answer.text());
            assertTrue(answer.text().contains("This form has expired"), answer.text());
        }
        RawAnswer inTheUrl = sendTheStartOnly("POST", IMPORT_PAGE + "?form_token=" + token, Map.of("Cookie", cookie,
            "Content-Type", MULTIPART), HUNDRED_MEGABYTES, fileFirst);
        assertEquals(403, inTheUrl.status(), "a token in the address does not count: " + inTheUrl.text());
        assertEquals(0, uploadsWaiting(), "nothing of the refused files was written");
    }

    @Test
    void aFormSendingItsTokenFirstIsReadAndLeavesNoFileBehind() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        HttpResponse<String> preview = hana.upload(IMPORT_PAGE, Map.of("agency", "HEALTH", "action", "preview",
            "form_token", hana.token(IMPORT_PAGE)), "file", "people.csv",
            "user_id,display_name\nhana,Hana Sato\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Dry run: one row read, nothing written"), preview.body());
        assertEquals(0, uploadsWaiting(), "the file is deleted once the page is answered");
    }

    @Test
    void anUploadToTheJsonApiFromSomeoneWhoMayNotImportIsRefusedBeforeItIsRead() throws Exception
    {
        RawAnswer answer = sendTheStartOnly("POST", IMPORT_API, Map.of("Authorization", basic("alice"),
            "Content-Type", "text/csv"), 60L << 20, "user_id,display_name\n".repeat(20_000).getBytes(
                StandardCharsets.UTF_8));
        assertEquals(403, answer.status(), answer.text());
        assertTrue(answer.text().contains("\"error\":\"gov.core.error.accessDenied\""), answer.text());
    }

    @Test
    void aJsonBodyAnnouncedOverItsLimitIsRefusedWith413BeforeItIsRead() throws Exception
    {
        RawAnswer file = sendTheStartOnly("POST", IMPORT_API, Map.of("Authorization", basic("hana"), "Content-Type",
            "text/csv"), (64L << 20) + 2, new byte[0]);
        assertEquals(413, file.status(), file.text());
        assertTrue(file.text().contains("\"error\":\"gov.core.error.rest.tooLarge\""), file.text());

        RawAnswer json = sendTheStartOnly("POST", "/gov/rest/policy/guidelines/SOCIAL_MEDIA/acknowledgements",
            Map.of("Authorization", basic("amelie.gagnon"), "Content-Type", "application/json"), (1 << 20) + 1,
            new byte[0]);
        assertEquals(413, json.status(), json.text());
        assertTrue(json.text().contains("The request body is larger than this call accepts (1024 KB). Nothing was "
            + "changed."), json.text());
    }

    @Test
    void theLimitsAreSettingsAndABodyThatDoesNotAnnounceItsLengthStopsAtThem(@TempDir Path data) throws Exception
    {
        Files.writeString(data.resolve(SandboxComponents.CONFIGURATION_FILE),
            "gov.sandbox.maxUploadMegabytes=1\ngov.rest.maxBodyKilobytes=1\n");
        try (Sandbox small = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", data))) {
            SandboxClient hana = new SandboxClient(small.uri());
            hana.signIn("hana", "demo");
            String cookie = "JSESSIONID=" + hana.sessionCookie().getValue();
            byte[] start = (field("form_token", hana.token(IMPORT_PAGE)) + filePartHead() + "b".repeat(1 << 20))
                .getBytes(StandardCharsets.UTF_8);

            RawAnswer chunked = sendChunked(small.uri(), IMPORT_PAGE, Map.of("Cookie", cookie, "Content-Type",
                MULTIPART), start);
            assertEquals(413, chunked.status(), chunked.text());
            assertTrue(chunked.text().contains("The form is larger than the server accepts (1 MB)."),
                chunked.text());

            // Announced far over the limit: refused unread (up to four times the limit is read and dropped first,
            // for clients that read the answer only once they have sent everything).
            RawAnswer announced = sendTheStartOnly(small.uri(), "POST", IMPORT_PAGE, Map.of("Cookie", cookie,
                "Content-Type", MULTIPART), 8L << 20, new byte[0]);
            assertEquals(413, announced.status(), announced.text());

            RawAnswer json = sendTheStartOnly(small.uri(), "POST",
                "/gov/rest/policy/guidelines/SOCIAL_MEDIA/acknowledgements", Map.of("Authorization", basic("hana"),
                    "Content-Type", "application/json"), 1025, new byte[0]);
            assertEquals(413, json.status(), json.text());
            assertTrue(json.text().contains("(1 KB)"), json.text());
        }
    }

    private long uploadsWaiting() throws IOException
    {
        Path uploads = this.data.resolve("tmp").resolve("uploads");
        if (!Files.exists(uploads)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.count();
        }
    }

    private RawAnswer sendTheStartOnly(String method, String path, Map<String, String> headers, long length,
        byte[] start) throws IOException
    {
        return sendTheStartOnly(this.sandbox.uri(), method, path, headers, length, start);
    }

    /** Announces {@code length} bytes, sends {@code start} only, and reads the answer. */
    private static RawAnswer sendTheStartOnly(URI base, String method, String path, Map<String, String> headers,
        long length, byte[] start) throws IOException
    {
        return sendAndRead(base, head(base, method, path, headers, "Content-Length: " + length), out -> out.write(start));
    }

    /** Sends {@code start} in chunks without announcing a length, nor ending the body, and reads the answer. */
    private static RawAnswer sendChunked(URI base, String path, Map<String, String> headers, byte[] start)
        throws IOException
    {
        return sendAndRead(base, head(base, "POST", path, headers, "Transfer-Encoding: chunked"), out -> {
            int chunk = 16 * 1024;
            for (int offset = 0; offset < start.length; offset += chunk) {
                int size = Math.min(chunk, start.length - offset);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(Arrays.copyOfRange(start, offset, offset + size));
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    /** Writes part of a request's body. */
    @FunctionalInterface
    private interface BodyStart
    {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Sends the head, then the start of the body from another thread while this one reads the answer: a server that
     * refuses an upload answers and closes before the client has sent what it meant to, as it should, and the client
     * must read that answer rather than fail on its unfinished write (as a browser does).
     */
    private static RawAnswer sendAndRead(URI base, byte[] head, BodyStart body) throws IOException
    {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException e) {
                    // The server closed the connection after answering: what matters is its answer.
                }
            }, "upload-start");
            writer.start();
            return RawAnswer.read(socket.getInputStream());
        }
    }

    private static byte[] head(URI base, String method, String path, Map<String, String> headers, String framing)
    {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
            .append(base.getHost()).append(':').append(base.getPort()).append("\r\nAccept-Language: en\r\n")
            .append(framing).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String basic(String user)
    {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String name, String value)
    {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String filePartHead()
    {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n";
    }

    /** An answer read off a socket: its status line, headers and body, up to its length or the end. */
    private record RawAnswer(int status, String text)
    {
        static RawAnswer read(InputStream in) throws IOException
        {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int value = in.read();
                if (value < 0) {
                    break;
                }
                head.write(value);
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1);
            long length = headText.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(line -> Long.parseLong(line.substring(line.indexOf(':') + 1).strip())).findFirst().orElse(-1L);
            byte[] body = length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
            return new RawAnswer(Integer.parseInt(headText.split(" ", 3)[1]),
                headText + new String(body, StandardCharsets.UTF_8));
        }
    }
}
