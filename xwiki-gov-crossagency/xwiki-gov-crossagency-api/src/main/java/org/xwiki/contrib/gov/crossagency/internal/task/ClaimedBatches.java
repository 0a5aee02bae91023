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
package org.xwiki.contrib.gov.crossagency.internal.task;

import java.util.List;

import org.xwiki.contrib.gov.GovException;

/**
 * The loop of the sweep's steps: read a batch of things due, handle each (claiming it, so that another process does
 * not), and go on while full batches come and something was handled; when nothing of a batch could be handled (taken
 * by another process, or failing), the rest waits for the next run.
 *
 * @version $Id$
 */
final class ClaimedBatches
{
    /**
     * The next batch of things due.
     *
     * @param <T> what is due
     */
    @FunctionalInterface
    interface Read<T>
    {
        /**
         * @return at most a batch of them
         * @throws GovException when the store fails
         */
        List<T> next() throws GovException;
    }

    /**
     * Handles one thing due.
     *
     * @param <T> what is due
     */
    @FunctionalInterface
    interface Handle<T>
    {
        /**
         * @param due the thing
         * @return whether this call handled it (claimed it first, and did it)
         */
        boolean handle(T due);
    }

    private ClaimedBatches()
    {
    }

    /**
     * @param <T> what is due
     * @param read reads the next batch
     * @param handle handles one
     * @param batchSize the size of a full batch
     * @throws GovException when the store fails
     */
    static <T> void untilDone(Read<T> read, Handle<T> handle, int batchSize) throws GovException
    {
        List<T> due;
        do {
            due = read.next();
            int handled = 0;
            for (T item : due) {
                if (handle.handle(item)) {
                    handled++;
                }
            }
            if (handled == 0) {
                return;
            }
        } while (due.size() == batchSize);
    }
}
