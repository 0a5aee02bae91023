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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * Reads the values of a benchmark's command line; every refusal ends with the benchmark's usage.
 *
 * @version $Id$
 */
final class Arguments
{
    private final Map<String, String> given = new HashMap<>();

    private final String usage;

    private Arguments(String usage)
    {
        this.usage = usage;
    }

    /**
     * @param arguments the command line: pairs of a name and its value
     * @param names the names the benchmark knows
     * @param usage how to call the benchmark
     * @return the values given, the last one of a name given twice
     * @throws IllegalArgumentException naming an unknown argument or a missing value
     */
    static Arguments read(List<String> arguments, Set<String> names, String usage)
    {
        Arguments read = new Arguments(usage);
        for (int index = 0; index < arguments.size(); index++) {
            String name = arguments.get(index);
            if (!names.contains(name)) {
                throw new IllegalArgumentException("Unknown argument: " + name + '\n' + usage);
            }
            read.given.put(name, valueOf(arguments, ++index, name, usage));
        }
        return read;
    }

    /**
     * @param name an option
     * @param defaultValue its value when not given
     * @return its value, a positive whole number
     */
    int number(String name, int defaultValue)
    {
        String value = this.given.get(name);
        return value == null ? defaultValue : number(name, value, this.usage);
    }

    /**
     * @return the databases of {@code --database}, by default H2 then PostgreSQL
     */
    List<DatabaseKind> databases()
    {
        String value = this.given.get("--database");
        return value == null ? List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL) : databases(value, this.usage);
    }

    /**
     * @param name an argument's name
     * @param defaultValue its value when it is not given
     * @return its value
     */
    String text(String name, String defaultValue)
    {
        return this.given.getOrDefault(name, defaultValue);
    }

    /**
     * @return the folder of {@code --folder}, by default {@code target/benchmark-data}
     */
    Path folder()
    {
        return Path.of(this.given.getOrDefault("--folder", "target/benchmark-data"));
    }

    /**
     * @return the file of {@code --out}, if given
     */
    Optional<Path> report()
    {
        return Optional.ofNullable(this.given.get("--out")).map(Path::of);
    }

    /**
     * @param arguments the command line
     * @param index where the value should be
     * @param name the option it belongs to
     * @param usage how to call the benchmark
     * @return the value
     */
    private static String valueOf(List<String> arguments, int index, String name, String usage)
    {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(name + " needs a value.\n" + usage);
        }
        return arguments.get(index);
    }

    /**
     * @param name the option
     * @param value its value
     * @param usage how to call the benchmark
     * @return the value as a positive whole number
     */
    private static int number(String name, String value, String usage)
    {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException(name + " needs a positive whole number, not " + value + '\n' + usage);
    }

    /**
     * @param value comma-separated database names
     * @param usage how to call the benchmark
     * @return the databases, in order
     */
    private static List<DatabaseKind> databases(String value, String usage)
    {
        List<DatabaseKind> kinds = new ArrayList<>();
        for (String name : value.split(",")) {
            try {
                kinds.add(DatabaseKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown database: " + name + " (h2 or postgresql)\n" + usage, e);
            }
        }
        return kinds;
    }
}
