package org.xwiki.contrib.gov.sandbox;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parsing the command line.
 *
 * @version $Id$
 */
class SandboxOptionsTest
{
    @Test
    void defaultsToPort8080AndTheGovDataFolder() throws Exception
    {
        assertEquals(new SandboxOptions(SandboxOptions.Command.SERVE, 8080, "localhost", Path.of("gov-data")),
            SandboxOptions.parse(List.of()));
    }

    @Test
    void readsEveryOption() throws Exception
    {
        assertEquals(new SandboxOptions(SandboxOptions.Command.SERVE, 9090, "0.0.0.0", Path.of("/srv/gov")),
            SandboxOptions.parse(List.of("--port", "9090", "--host", "0.0.0.0", "--data", "/srv/gov")));
        assertEquals(new SandboxOptions(SandboxOptions.Command.VERIFY_AUDIT, 8080, "localhost", Path.of("d")),
            SandboxOptions.parse(List.of("verify-audit", "--data", "d")));
    }
}
