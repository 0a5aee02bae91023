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

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import org.xwiki.contrib.gov.store.GovStore;

/**
 * What every benchmark step does: say what it does, time it, check its counts, name the database.
 *
 * @version $Id$
 */
final class Steps
{
    private static final double NANOS_PER_SECOND = 1e9;

    private final PrintStream progress;

    /**
     * @param progress where to say what is being done
     */
    Steps(PrintStream progress)
    {
        this.progress = progress;
    }

    /**
     * @param format what is being done
     * @param arguments its values
     */
    void say(String format, Object... arguments)
    {
        this.progress.println("  " + String.format(Locale.ROOT, format, arguments));
    }

    /**
     * @param startNanos a {@link System#nanoTime()}
     * @return the seconds since
     */
    static double seconds(long startNanos)
    {
        return (System.nanoTime() - startNanos) / NANOS_PER_SECOND;
    }

    /**
     * @param condition a count that must hold
     * @param what the count, for the message
     * @throws IllegalStateException when it does not hold: the run stops
     */
    static void check(boolean condition, String what)
    {
        if (!condition) {
            throw new IllegalStateException("Wrong count: " + what);
        }
    }

    /**
     * @param store the kernel's store
     * @return the database product and version
     * @throws SQLException when the database cannot be reached
     */
    static String describe(GovStore store) throws SQLException
    {
        try (Connection connection = store.getDataSource().getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            return metadata.getDatabaseProductName() + ' ' + metadata.getDatabaseProductVersion();
        }
    }
}
