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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.sandbox.web.SandboxServer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form larger than the server accepts, sent to the end by a client that reads the answer only once it has sent
 * everything (as most HTTP clients do): the client must get the translated refusal, not a connection reset under its
 * upload. The server reads and drops the rest of such a body (up to a bound) before it answers and closes.
 *
 * @version $Id$
 */
class OversizedRequestHttpTest extends AbstractSandboxHttpTest
{
    private static final int CHUNK = 64 * 1024;

    @Test
    void aClientSendingATooLargeFormToTheEndReadsTheRefusal() throws Exception
    {
        URI base = this.sandbox.uri();
        long length = SandboxServer.MAX_FORM_BYTES + 8L * 1024 * 1024;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String authorization = Base64.getEncoder().encodeToString("hana:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("POST /gov/rest/policy/assignments HTTP/1.1\r\nHost: " + base.getHost() + ':' + base.getPort()
                + "\r\nAuthorization: Basic " + authorization + "\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + length + "\r\n\r\nx=").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[CHUNK];
            Arrays.fill(chunk, (byte) 'y');
            assertDoesNotThrow(() -> {
                for (long sent = 2; sent < length; sent += CHUNK) {
                    out.write(chunk, 0, (int) Math.min(CHUNK, length - sent));
                }
                out.flush();
            }, "the server read the whole body before answering");
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status.startsWith("HTTP/1.1 413 "), status);
            StringBuilder answer = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                answer.append(line).append('\n');
            }
            assertTrue(answer.toString().contains("\"error\":\"gov.sandbox.error.http.formTooLarge\""),
                answer.toString());
        } catch (IOException e) {
            throw new AssertionError("the connection failed under the upload: " + e, e);
        }
    }
}
