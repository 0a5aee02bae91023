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
 * The command line of the cross-agency benchmark ({@code java -jar xwiki-gov-benchmarks.jar crossagency ...}). Every
 * count has the figure as its default.
 *
 * @param databases the databases to measure, in order
 * @param spaces how many active spaces
 * @param memberships how many memberships in all (stewards, members, guests, invitations), spread evenly
 * @param people how many public servants
 * @param agencies how many agencies
 * @param queries how many calls of each read are timed, after as many to warm up (access checks: ten times as many)
 * @param clearanceChanges how many clearance changes are timed, each re-evaluating one person's memberships
 * @param folder where the databases' files go
 * @param report a file to write the Markdown results to, besides standard output
 * @version $Id$
 */
public record CrossAgencyOptions(List<DatabaseKind> databases, int spaces, int memberships, int people, int agencies,
    int queries, int clearanceChanges, Path folder, Optional<Path> report)
{
    /** The fewest memberships per space: two stewards, members, two guests and an invitation. */
    static final int MIN_PER_SPACE = 8;

    private static final Set<String> NAMES = Set.of("--database", "--spaces", "--memberships", "--people",
        "--agencies", "--queries", "--clearance-changes", "--folder", "--out");

    /**
     * Checks that the counts fit together.
     */
    public CrossAgencyOptions
    {
        databases = List.copyOf(databases);
        if (databases.isEmpty() || agencies < 3 || spaces < agencies * 10 || memberships % spaces != 0
            || memberships / spaces < MIN_PER_SPACE || people / agencies < memberships / spaces || queries < 1
            || clearanceChanges < 2) {
            throw new IllegalArgumentException("Bad counts: at least 3 agencies and 10 spaces per agency, "
                + MIN_PER_SPACE + " or more memberships per space (a whole number), as many people per agency.\n"
                + usage());
        }
    }

    /**
     * @param arguments the command-line arguments after {@code crossagency}
     * @return the options
     * @throws IllegalArgumentException naming an unknown argument, a missing value or a bad number
     */
    public static CrossAgencyOptions parse(List<String> arguments)
    {
        Arguments given = Arguments.read(arguments, NAMES, usage());
        return new CrossAgencyOptions(given.databases(), given.number("--spaces", 10_000),
            given.number("--memberships", 1_000_000), given.number("--people", 500_000),
            given.number("--agencies", 20), given.number("--queries", 500), given.number("--clearance-changes", 50),
            given.folder(), given.report());
    }

    /**
     * @return the memberships of each space
     */
    int perSpace()
    {
        return this.memberships / this.spaces;
    }

    /**
     * @return how to call the benchmark
     */
    public static String usage()
    {
        return "Usage: java -jar xwiki-gov-benchmarks.jar crossagency [--database h2,postgresql] [--spaces 10000] "
            + "[--memberships 1000000]\n    [--people 500000] [--agencies 20] [--queries 500] "
            + "[--clearance-changes 50] [--folder target/benchmark-data] [--out FILE]";
    }
}
