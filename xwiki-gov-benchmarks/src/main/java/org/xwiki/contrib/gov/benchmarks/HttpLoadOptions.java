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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The whole-stack load's counts: the demo government's size, the concurrent users, how many people they sign in as (one
 * acknowledgement each), how many views of each page, and where the sandbox's jar is.
 *
 * @param people the generated employees of the sandbox's demo government
 * @param users the concurrent users
 * @param sessions the people each user signs in as, each of whom acknowledges once: the first half to warm up, the
 *     second half measured
 * @param views the views of each page, after as many to warm up
 * @param sandboxJar the sandbox's runnable jar
 * @param folder where the sandbox's data and recording go (emptied first)
 * @param report where to write the Markdown report, if anywhere
 * @version $Id$
 */
public record HttpLoadOptions(int people, int users, int sessions, int views, Path sandboxJar, Path folder,
    Optional<Path> report)
{
    /** The people the demo's acknowledging employees are chosen from: numbers of HEALTH's units, 70 and on. */
    static final int FIRST_ACKNOWLEDGING = 70;

    private static final Set<String> NAMES = Set.of("--people", "--users", "--sessions", "--views", "--sandbox-jar",
        "--folder", "--out");

    /**
     * @param people the generated employees of the sandbox's demo government
     * @param users the concurrent users
     * @param sessions the people each user signs in as
     * @param views the views of each page
     * @param sandboxJar the sandbox's runnable jar
     * @param folder where the sandbox's data and recording go
     * @param report where to write the Markdown report, if anywhere
     */
    public HttpLoadOptions
    {
        if (users < 1 || sessions < 2 || views < users
            || FIRST_ACKNOWLEDGING + 10L * users * sessions > people) {
            throw new IllegalArgumentException("Bad counts: at least one user and two sessions each, as many views as "
                + "users, and ten people per signed-in person (a quarter of them in HEALTH, whose guideline they "
                + "acknowledge).\n" + usage());
        }
    }

    /**
     * @param arguments the command line after {@code http}
     * @return the options
     * @throws IllegalArgumentException when an argument is unknown or a count is bad
     */
    public static HttpLoadOptions parse(List<String> arguments)
    {
        Arguments given = Arguments.read(arguments, NAMES, usage());
        return new HttpLoadOptions(given.number("--people", 100_000), given.number("--users", 50),
            given.number("--sessions", 40), given.number("--views", 2_000),
            Path.of(given.text("--sandbox-jar", "xwiki-gov-sandbox/target/xwiki-gov-sandbox.jar")), given.folder(),
            given.report());
    }

    /**
     * @param n a signed-in person's number, from 0 to {@code users * sessions}
     * @return their login: a generated employee of one of HEALTH's four units (the demo spreads employees over ten
     *     units in turn, the first four HEALTH's)
     */
    static String acknowledgingLogin(int n)
    {
        return String.format(Locale.ROOT, "e%06d", FIRST_ACKNOWLEDGING + 10 * n + n % 4);
    }

    /**
     * @return the usage line
     */
    public static String usage()
    {
        return "Usage: java -jar xwiki-gov-benchmarks.jar http [--people 100000] [--users 50] [--sessions 40] "
            + "[--views 2000]\n    [--sandbox-jar xwiki-gov-sandbox/target/xwiki-gov-sandbox.jar] "
            + "[--folder target/benchmark-data] [--out FILE]";
    }
}
