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

    @BeforeAll
    void start(@TempDir Path data) throws Exception
    {
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
