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
package org.xwiki.contrib.gov.benchmarks;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole-stack load at a tiny scale, against the sandbox's jar built by this reactor, so that it keeps working:
 * every request must answer 200 and every acknowledgement must come back as one, or the run fails.
 *
 * @version $Id$
 */
class HttpLoadBenchmarkTest
{
    private static final String SANDBOX_JAR = "../xwiki-gov-sandbox/target/xwiki-gov-sandbox.jar";

    @Test
    void signsInBrowsesAndAcknowledgesThroughASandboxOfItsOwn(@TempDir Path folder) throws Exception
    {
        String markdown = BenchmarkMain.runHttp(HttpLoadOptions.parse(List.of("--people", "200", "--users", "4",
            "--sessions", "3", "--views", "8", "--sandbox-jar", SANDBOX_JAR, "--folder", folder.toString())));

        for (String measure : List.of("Sandbox start with a new demo government of 200 generated employees",
            "My guidelines, /policy/mine, p95", "Directory search, /profiles/directory?q=…, p95",
            "A profile, /profiles/profile?user=…, p95",
            "Acknowledgements through the JSON API per second, 4 users, 6 after 6 to warm up")) {
            assertTrue(markdown.contains("| " + measure), () -> measure + ":\n" + markdown);
        }
        assertTrue(markdown.contains("| Velocity rendering |"), markdown);
    }

    @Test
    void refusesCountsThatDoNotFitAndSignsInHealthEmployeesOnly()
    {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
            () -> HttpLoadOptions.parse(List.of("--people", "1000", "--users", "50", "--sessions", "40")));
        assertTrue(tooMany.getMessage().startsWith("Bad counts"), tooMany.getMessage());
        IllegalArgumentException noWarmUp = assertThrows(IllegalArgumentException.class,
            () -> HttpLoadOptions.parse(List.of("--people", "1000", "--users", "4", "--sessions", "1")));
        assertTrue(noWarmUp.getMessage().startsWith("Bad counts"), noWarmUp.getMessage());
        assertEquals("e000070", HttpLoadOptions.acknowledgingLogin(0));
        assertEquals("e000081", HttpLoadOptions.acknowledgingLogin(1), "HEALTH's second unit");
        assertEquals("e000103", HttpLoadOptions.acknowledgingLogin(3), "HEALTH's fourth unit");
        assertEquals("e000110", HttpLoadOptions.acknowledgingLogin(4), "HEALTH's first unit again");
    }
}
