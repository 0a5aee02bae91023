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
package org.xwiki.contrib.gov.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * How PostgreSQL's writes are put into one statement.
 *
 * @version $Id$
 */
class SqlPartTest
{
    @Test
    void writesBecomeWithQueriesAndTheirValuesFollowTheTextsOrder()
    {
        SqlPart combined = SqlPart.withWritesBefore(
            List.of(new SqlPart("UPDATE t SET a = ? WHERE id = ?", List.of(1, 2)),
                new SqlPart("INSERT INTO u (b) VALUES (?)", Arrays.asList((Object) null))),
            new SqlPart("INSERT INTO v (c) VALUES (?) RETURNING id", List.of("x")), new HashMap<>());

        assertEquals("WITH w0 AS (UPDATE t SET a = ? WHERE id = ?), w1 AS (INSERT INTO u (b) VALUES (?)) "
            + "INSERT INTO v (c) VALUES (?) RETURNING id", combined.sql());
        assertEquals(Arrays.asList(1, 2, null, "x"), combined.values());
    }

    @Test
    void theSameShapeGivesTheSameTextAndNoWritesLeaveTheStatementAlone()
    {
        Map<List<String>, String> made = new HashMap<>();
        SqlPart first = SqlPart.withWritesBefore(List.of(new SqlPart("DELETE FROM t WHERE a = ?", List.of(1))),
            new SqlPart("SELECT 1", List.of()), made);
        SqlPart second = SqlPart.withWritesBefore(List.of(new SqlPart("DELETE FROM t WHERE a = ?", List.of(2))),
            new SqlPart("SELECT 1", List.of()), made);

        assertSame(first.sql(), second.sql(), "built once, so the driver's statement cache finds it fast");
        assertEquals(List.of(2), second.values());
        assertEquals("SELECT 1", SqlPart.withWritesBefore(List.of(), new SqlPart("SELECT 1", List.of()), made).sql());
    }
}
