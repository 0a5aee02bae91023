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
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.profiles.internal.JdbcProfileChangeLog;
import org.xwiki.contrib.gov.profiles.internal.JdbcProfileChangeLog.Change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A change number that commits after a higher one is still applied, and restarts resume before it.
 *
 * @version $Id$
 */
class ChangeCursorTest
{
    private final Connection connection = mock(Connection.class);

    private final JdbcProfileChangeLog log = mock(JdbcProfileChangeLog.class);

    @Test
    void aChangeCommittedLateIsPickedUpFromItsGap() throws Exception
    {
        ChangeCursor cursor = new ChangeCursor(10);
        when(this.log.readSome(any(), any())).thenReturn(List.of());
        when(this.log.readAfter(eq(this.connection), eq(10L), anyInt()))
            .thenReturn(List.of(new Change(11, "a"), new Change(13, "c")));
        assertEquals(List.of(new Change(11, "a"), new Change(13, "c")), cursor.next(this.connection, this.log, 100, 0));
        assertEquals(11, cursor.durablePosition(), "12 is still open: a restart resumes after 11");

        when(this.log.readSome(this.connection, Set.of(12L))).thenReturn(List.of(new Change(12, "b")));
        when(this.log.readAfter(eq(this.connection), eq(13L), anyInt())).thenReturn(List.of());
        assertEquals(List.of(new Change(12, "b")), cursor.next(this.connection, this.log, 100, 1000));
        assertEquals(13, cursor.durablePosition());
    }

    @Test
    void aGapNeverFilledIsDroppedAfterTheWait() throws Exception
    {
        ChangeCursor cursor = new ChangeCursor(0);
        when(this.log.readSome(any(), any())).thenReturn(List.of());
        when(this.log.readAfter(eq(this.connection), eq(0L), anyInt())).thenReturn(List.of(new Change(2, "b")));
        cursor.next(this.connection, this.log, 100, 0);
        assertEquals(0, cursor.durablePosition());

        when(this.log.readAfter(eq(this.connection), eq(2L), anyInt())).thenReturn(List.of());
        cursor.next(this.connection, this.log, 100, ChangeCursor.GAP_WAIT_MS + 1);
        assertEquals(2, cursor.durablePosition(), "a rolled-back change left the gap");
    }
}
