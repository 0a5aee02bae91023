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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Several callers sharing a fixed amount of work: each takes the next number until none is left, and times each
 * call.
 *
 * @version $Id$
 */
final class ConcurrentLoad
{
    /**
     * One call of the work.
     */
    @FunctionalInterface
    interface Call
    {
        /**
         * @param n the number of this call, from 0
         * @throws Exception when the call fails, which fails the whole load
         */
        void run(int n) throws Exception;
    }

    /**
     * What a load did.
     *
     * @param wallNanos the time from the first call to the last end
     * @param latencies each call's duration
     */
    record Result(long wallNanos, Latencies latencies)
    {
        /**
         * @return the calls per second
         */
        double perSecond()
        {
            return this.latencies.count() * 1e9 / this.wallNanos;
        }
    }

    private ConcurrentLoad()
    {
    }

    /**
     * @param callers how many callers at once
     * @param calls how many calls in all
     * @param call the work of one call
     * @return the durations
     * @throws IllegalStateException with the first failure as its cause, when a call failed
     * @throws InterruptedException when interrupted while waiting for the callers
     */
    static Result run(int callers, int calls, Call call) throws InterruptedException
    {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Latencies> perCaller = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
            Latencies latencies = new Latencies();
            perCaller.add(latencies);
            threads.add(new Thread(() -> {
                for (int n = next.getAndIncrement(); n < calls && failure.get() == null; n = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        call.run(n);
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                    latencies.add(System.nanoTime() - start);
                }
            }, "benchmark-caller-" + caller));
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("A call failed", failure.get());
        }
        Latencies all = new Latencies();
        perCaller.forEach(all::addAll);
        return new Result(wall, all);
    }
}
