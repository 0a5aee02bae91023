package org.xwiki.contrib.gov.policy.internal;

import java.util.Arrays;
import java.util.List;

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
            new SqlPart("INSERT INTO v (c) VALUES (?) RETURNING id", List.of("x")));

        assertEquals("WITH w0 AS (UPDATE t SET a = ? WHERE id = ?), w1 AS (INSERT INTO u (b) VALUES (?)) "
            + "INSERT INTO v (c) VALUES (?) RETURNING id", combined.sql());
        assertEquals(Arrays.asList(1, 2, null, "x"), combined.values());
    }

    @Test
    void theSameShapeGivesTheSameTextAndNoWritesLeaveTheStatementAlone()
    {
        SqlPart first = SqlPart.withWritesBefore(List.of(new SqlPart("DELETE FROM t WHERE a = ?", List.of(1))),
            new SqlPart("SELECT 1", List.of()));
        SqlPart second = SqlPart.withWritesBefore(List.of(new SqlPart("DELETE FROM t WHERE a = ?", List.of(2))),
            new SqlPart("SELECT 1", List.of()));

        assertSame(first.sql(), second.sql(), "built once, so the driver's statement cache finds it fast");
        assertEquals(List.of(2), second.values());
        assertEquals("SELECT 1", SqlPart.withWritesBefore(List.of(), new SqlPart("SELECT 1", List.of())).sql());
    }
}
