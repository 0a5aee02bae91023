package org.xwiki.contrib.gov.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.xwiki.contrib.gov.store.DatabaseKind;

/**
 * Reads the values of a benchmark's command line; every refusal ends with the benchmark's usage.
 *
 * @version $Id$
 */
final class Arguments
{
    private Arguments()
    {
    }

    /**
     * @param arguments the command line
     * @param index where the value should be
     * @param name the option it belongs to
     * @param usage how to call the benchmark
     * @return the value
     */
    static String valueOf(List<String> arguments, int index, String name, String usage)
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
    static int number(String name, String value, String usage)
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
    static List<DatabaseKind> databases(String value, String usage)
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
