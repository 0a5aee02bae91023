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

import java.util.Arrays;

/**
 * Durations of single operations, and their percentiles.
 *
 * @version $Id$
 */
final class Latencies
{
    private static final double NANOS_PER_MILLI = 1_000_000.0;

    private long[] nanos = new long[1024];

    private int count;

    /**
     * @param duration one operation's duration, in nanoseconds
     */
    void add(long duration)
    {
        if (this.count == this.nanos.length) {
            this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
        }
        this.nanos[this.count++] = duration;
    }

    /**
     * @param other durations to add to these
     */
    void addAll(Latencies other)
    {
        for (int index = 0; index < other.count; index++) {
            add(other.nanos[index]);
        }
    }

    /**
     * @return how many durations
     */
    int count()
    {
        return this.count;
    }

    /**
     * @param percent a percentile, 0 to 100
     * @return the duration in milliseconds that this share of the operations did not exceed (nearest rank)
     */
    double percentileMillis(double percent)
    {
        if (this.count == 0) {
            throw new IllegalStateException("No duration was recorded");
        }
        long[] sorted = Arrays.copyOf(this.nanos, this.count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * this.count);
        return sorted[Math.max(0, Math.min(this.count, rank) - 1)] / NANOS_PER_MILLI;
    }
}
