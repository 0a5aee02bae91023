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
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * The command line of the profiles benchmark ({@code java -jar xwiki-gov-benchmarks.jar profiles ...}). Every count
 * has the figure as its default.
 *
 * @param databases the databases to measure, in order
 * @param profiles how many profiles
 * @param agencies how many agencies
 * @param units how many units in all, spread evenly over the agencies
 * @param queries how many directory searches (keywords and two facets) are timed, after as many to warm up
 * @param changes how many profile changes are timed until a search finds them
 * @param importRows how many rows the HR import file holds: a quarter update people of the first agency, the rest
 *     are newcomers
 * @param folder where the databases' files go
 * @param report a file to write the Markdown results to, besides standard output
 * @version $Id$
 */
public record ProfilesOptions(List<DatabaseKind> databases, int profiles, int agencies, int units, int queries,
    int changes, int importRows, Path folder, Optional<Path> report)
{
    private static final Set<String> NAMES = Set.of("--database", "--profiles", "--agencies", "--units",
        "--queries", "--changes", "--import-rows", "--folder", "--out");

    /**
     * Checks that the counts fit together.
     */
    public ProfilesOptions
    {
        databases = List.copyOf(databases);
        if (databases.isEmpty() || agencies < 1 || units < agencies || units % agencies != 0) {
            throw new IllegalArgumentException("Bad counts.\n" + usage());
        }
        if (importRows / 4 > profiles / agencies || changes > profiles / 2) {
            throw new IllegalArgumentException("--profiles is too small: the first agency must hold a quarter of "
                + "--import-rows, and there must be two people per change.\n" + usage());
        }
    }

    /**
     * @param arguments the command-line arguments after {@code profiles}
     * @return the options
     * @throws IllegalArgumentException naming an unknown argument, a missing value or a bad number
     */
    public static ProfilesOptions parse(List<String> arguments)
    {
        Arguments given = Arguments.read(arguments, NAMES, usage());
        return new ProfilesOptions(given.databases(), given.number("--profiles", 500_000),
            given.number("--agencies", 20), given.number("--units", 200), given.number("--queries", 500),
            given.number("--changes", 20), given.number("--import-rows", 100_000), given.folder(), given.report());
    }

    /**
     * @return how to call the benchmark
     */
    public static String usage()
    {
        return "Usage: java -jar xwiki-gov-benchmarks.jar profiles [--database h2,postgresql] [--profiles 500000] "
            + "[--agencies 20]\n    [--units 200] [--queries 500] [--changes 20] [--import-rows 100000] "
            + "[--folder target/benchmark-data] [--out FILE]";
    }
}
