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
package org.xwiki.contrib.gov.profiles.internal.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

import org.xwiki.contrib.gov.profiles.internal.JdbcProfileChangeLog;
import org.xwiki.contrib.gov.profiles.internal.JdbcProfileChangeLog.Change;

/**
 * Where an index is in the change log. Change numbers are handed out when a transaction inserts its row, not when it
 * commits, so a number can appear after a higher one (two processes on PostgreSQL, or a slow transaction): a number
 * skipped over is remembered as a gap and looked for again until it appears or {@link #GAP_WAIT_MS} has passed (a
 * rolled-back transaction leaves a gap for ever).
 *
 * @version $Id$
 */
public final class ChangeCursor
{
    /** How long a skipped change number is looked for. */
    public static final long GAP_WAIT_MS = 120_000;

    private static final int MAX_GAPS = 10_000;

    private final TreeMap<Long, Long> gaps = new TreeMap<>();

    private long position;

    /**
     * @param position the last change applied
     */
    public ChangeCursor(long position)
    {
        this.position = position;
    }

    /**
     * @param connection the connection
     * @param log the change log
     * @param limit the most new changes to read
     * @param now the time, epoch milliseconds
     * @return the changes not applied yet: gaps that appeared, then new changes in order
     * @throws SQLException when the database fails
     */
    public List<Change> next(Connection connection, JdbcProfileChangeLog log, int limit, long now)
        throws SQLException
    {
        List<Change> found = new ArrayList<>(log.readSome(connection, this.gaps.keySet()));
        found.forEach(change -> this.gaps.remove(change.changeId()));
        for (Change change : log.readAfter(connection, this.position, limit)) {
            for (long skipped = this.position + 1; skipped < change.changeId(); skipped++) {
                this.gaps.put(skipped, now);
            }
            this.position = change.changeId();
            found.add(change);
        }
        this.gaps.values().removeIf(seen -> now - seen > GAP_WAIT_MS);
        while (this.gaps.size() > MAX_GAPS) {
            this.gaps.remove(this.gaps.firstKey());
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * @return the position to restart from after a restart: before the oldest gap still looked for, so that a change
     *     committed late is not lost (applying a change twice is harmless)
     */
    public long durablePosition()
    {
        return this.gaps.isEmpty() ? this.position : this.gaps.firstKey() - 1;
    }
}
