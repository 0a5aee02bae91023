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

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(new SandboxOptions(SandboxOptions.Command.SERVE, 9090, "0.0.0.0", Path.of("/srv/gov"),
            Optional.empty(), 100_000), SandboxOptions.parse(List.of("--port", "9090", "--host", "0.0.0.0", "--data",
                "/srv/gov", "--demo-people", "100000")));
        assertEquals(new SandboxOptions(SandboxOptions.Command.VERIFY_AUDIT, 8080, "localhost", Path.of("d")),
            SandboxOptions.parse(List.of("verify-audit", "--data", "d")));
        assertEquals(new SandboxOptions(SandboxOptions.Command.VERIFY_AUDIT, 8080, "localhost", Path.of("gov-data"),
            Optional.of(Path.of("receipt.txt")), SandboxOptions.DEFAULT_DEMO_PEOPLE), SandboxOptions.parse(
                List.of("verify-audit", "--receipt", "receipt.txt")));
    }

    @Test
    void theDemoPeopleAreACountWithinBounds()
    {
        for (String bad : List.of("-1", "1000001", "many")) {
            SandboxException refused = assertThrows(SandboxException.class,
                () -> SandboxOptions.parse(List.of("--demo-people", bad)));
            assertEquals("--demo-people must be a number from 0 to 1000000, not \"" + bad + "\".",
                refused.getMessage());
        }
    }

    @Test
    void aReceiptIsCheckedByVerifyAuditOnly()
    {
        SandboxException refused = assertThrows(SandboxException.class,
            () -> SandboxOptions.parse(List.of("--receipt", "receipt.txt")));
        assertTrue(refused.getMessage().startsWith("--receipt goes with verify-audit."), refused.getMessage());
    }
}
