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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One sandbox with the demo data for all the tests of a class, and the clients they talk to it with.
 *
 * @version $Id$
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSandboxHttpTest
{
    /** A Velocity reference left in a page: a template bug. */
    static final Pattern UNRESOLVED = Pattern.compile("\\$!?\\{?[a-zA-Z]");

    Sandbox sandbox;

    /** The sandbox's data folder. */
    Path data;

    @BeforeAll
    void start(@TempDir Path data) throws Exception
    {
        this.data = data;
        this.sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", data));
    }

    @AfterAll
    void stop()
    {
        this.sandbox.close();
    }

    SandboxClient client()
    {
        return new SandboxClient(this.sandbox.uri());
    }

    SandboxClient signedIn(String user) throws Exception
    {
        return signedIn(user, client());
    }

    SandboxClient signedIn(String user, String language) throws Exception
    {
        return signedIn(user, new SandboxClient(this.sandbox.uri(), language));
    }

    private static SandboxClient signedIn(String user, SandboxClient client) throws Exception
    {
        client.signIn(user, "demo");
        return client;
    }

    static Map<String, String> basic(String user, String password)
    {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ':' + password).getBytes(StandardCharsets.UTF_8)));
    }
}
