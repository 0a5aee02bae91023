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
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cross-agency benchmark at a tiny scale, so that it keeps working: every step checks its own counts (access
 * granted, spaces found, memberships suspended, guests ended, reviews opened) and fails the run when one is wrong.
 *
 * @version $Id$
 */
class CrossAgencyBenchmarkTest
{
    @Test
    void runsEveryMeasureOnBothDatabases(@TempDir Path folder) throws Exception
    {
        String markdown = BenchmarkMain.runCrossAgency(CrossAgencyOptions.parse(List.of("--spaces", "200",
            "--memberships", "2000", "--people", "4000", "--agencies", "4", "--queries", "20",
            "--clearance-changes", "4", "--folder", folder.toString())));

        assertTrue(markdown.contains("**H2 "), markdown);
        assertTrue(markdown.contains("**PostgreSQL "), markdown);
        for (String measure : List.of("May this person view or edit this space, p99", "My spaces, p95",
            "Directory search (a keyword and an agency), p95", "One person's clearance change",
            "The sweep over 2,080 memberships: 20 guests ended, 20 invitations expired")) {
            assertEquals(2, markdown.split(Pattern.quote("| " + measure), -1).length - 1,
                () -> measure + " on each database:\n" + markdown);
        }
    }

    @Test
    void refusesCountsThatDoNotFit()
    {
        assertThrows(IllegalArgumentException.class,
            () -> CrossAgencyOptions.parse(List.of("--spaces", "100", "--memberships", "500")));
        assertThrows(IllegalArgumentException.class, () -> CrossAgencyOptions.parse(List.of("--agencies", "2")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> CrossAgencyOptions.parse(List.of("--profiles", "10")));
        assertTrue(unknown.getMessage().startsWith("Unknown argument: --profiles"), unknown.getMessage());
    }
}
