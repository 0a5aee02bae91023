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
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The profiles benchmark at a tiny scale, so that it keeps working: every step checks its own counts (indexed, found,
 * imported) and fails the run when one is wrong.
 *
 * @version $Id$
 */
class ProfilesBenchmarkTest
{
    @Test
    void runsEveryMeasureOnBothDatabases(@TempDir Path folder) throws Exception
    {
        String markdown = BenchmarkMain.runProfiles(ProfilesOptions.parse(List.of("--profiles", "2000",
            "--agencies", "4", "--units", "8", "--queries", "20", "--changes", "3", "--import-rows", "400",
            "--folder", folder.toString())));

        assertTrue(markdown.contains("**H2 "), markdown);
        assertTrue(markdown.contains("**PostgreSQL "), markdown);
        for (String measure : List.of("Full index build of 2,000 profiles", "Keywords and two facets (agency, "
            + "language), p95", "A profile change found by the next search", "CSV import of 400 rows")) {
            assertEquals(2, markdown.split(Pattern.quote("| " + measure), -1).length - 1,
                () -> measure + " on each database:\n" + markdown);
        }
    }

    @Test
    void refusesCountsThatDoNotFit()
    {
        assertThrows(IllegalArgumentException.class,
            () -> ProfilesOptions.parse(List.of("--profiles", "1000", "--import-rows", "100000")));
        assertThrows(IllegalArgumentException.class, () -> ProfilesOptions.parse(List.of("--units", "25")));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> ProfilesOptions.parse(List.of("--people", "10")));
        assertTrue(unknown.getMessage().startsWith("Unknown argument: --people"), unknown.getMessage());
    }

    @Test
    void everyAgencyHasFrenchSpeakers()
    {
        Population population = new Population(2000, 20, 200);
        for (int agency = 0; agency < 20; agency++) {
            int first = agency;
            long french = IntStream.range(0, 100).map(n -> first + 20 * n)
                .filter(ProfilePopulation::speaksFrench).count();
            assertTrue(french > 20 && french < 60, population.agencyKey(agency) + ": " + french + " of 100");
        }
    }

    @Test
    void theVocabularyHasDistinctSkillsAndEachPersonFourOfThem()
    {
        assertEquals(ProfilePopulation.VOCABULARY_SIZE, IntStream
            .range(0, ProfilePopulation.VOCABULARY_SIZE).mapToObj(ProfilePopulation::skill).distinct().count());
        for (int index = 0; index < 500; index++) {
            int person = index;
            assertEquals(4, IntStream.range(0, 4)
                .mapToObj(k -> ProfilePopulation.skillOf(person, k)).distinct().count());
        }
    }
}
