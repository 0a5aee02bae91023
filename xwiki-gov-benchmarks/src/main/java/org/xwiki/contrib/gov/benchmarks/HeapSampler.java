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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the heap in use while a measured piece of work runs: garbage included, so an upper bound of what the work
 * needs.
 *
 * @version $Id$
 */
final class HeapSampler extends Thread
{
    private static final long PERIOD_MS = 5;

    private volatile long peak;

    private volatile boolean stopped;

    HeapSampler()
    {
        super("heap-sampler");
        setDaemon(true);
    }

    @Override
    public void run()
    {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        while (!this.stopped) {
            this.peak = Math.max(this.peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long stopAndGetPeak() throws InterruptedException
    {
        this.stopped = true;
        join();
        return this.peak;
    }
}
