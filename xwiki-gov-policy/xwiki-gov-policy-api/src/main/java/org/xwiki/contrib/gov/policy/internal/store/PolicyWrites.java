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
package org.xwiki.contrib.gov.policy.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.store.SqlPart;

/**
 * The policy's writes whose best shape depends on the database: an implementation per database product
 * ({@code h2}, {@code postgresql}), chosen once at start-up by {@link PolicyWritesProvider}. Services call these and
 * never ask which database they run on.
 *
 * @version $Id$
 */
@Role
public interface PolicyWrites
{
    /**
     * The busiest path's shortcut: the person's assignment of the guideline's current major version, locked, with where
     * the guideline stands, in one round trip where the database allows it without locking more.
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param userId the person
     * @return the assignment, locked until the transaction ends, with an id reserved for its acknowledgement where
     *     the database allows it; empty when it is missing or when the database has no such shortcut (the caller then
     *     finds the guideline and locks the assignment itself)
     * @throws SQLException when the statement fails
     */
    Optional<LockedAssignment> lockCurrent(Connection connection, String key, String userId) throws SQLException;

    /**
     * Adds to the assignments' counters, creating those that do not exist yet.
     *
     * @param connection the transaction's connection
     * @param deltas the amount to add to each counter, sorted (so that concurrent changes lock them in one order)
     * @throws SQLException when a statement fails
     */
    void addToTally(Connection connection, SortedMap<TallyKey, Long> deltas) throws SQLException;

    /**
     * Writes what an acknowledgement changes: the acknowledgement, its assignment now done, the assignments' counters,
     * the day's count and the acknowledgement's audit record.
     *
     * @param connection the transaction's connection, which holds the assignment's lock
     * @param acknowledgement the acknowledgement, with the id reserved for it by {@link #lockCurrent}, or 0 for the
     *     database to choose one
     * @param done the assignment as the acknowledgement leaves it
     * @param deltas what to add to each of the assignments' counters, sorted
     * @param day the day the acknowledgement counts for
     * @param audit the statement that writes the audit record of the acknowledgement, once it has its id
     * @return the acknowledgement with its id
     * @throws SQLException when a statement fails, with SQL state 23505 when the assignment has an acknowledgement
     */
    Acknowledgement record(Connection connection, Acknowledgement acknowledgement, Assignment done,
        SortedMap<TallyKey, Long> deltas, LocalDate day, Function<Acknowledgement, SqlPart> audit) throws SQLException;

    /**
     * Assigns a new major version to its whole resolved audience and creates the version's counters.
     *
     * @param connection the transaction's connection
     * @param key the guideline
     * @param major the major version, which has no assignments or counters yet
     * @param owner the owning agency, empty for a government-wide guideline
     * @param at when
     * @param dueDate the due date
     * @return how many people it assigned
     * @throws SQLException when a statement fails
     */
    long assignAudience(Connection connection, String key, int major, Optional<String> owner, Instant at,
        LocalDate dueDate) throws SQLException;

    /**
     * Refreshes the query planner's statistics of the assignments, after a publication added or closed many at once.
     *
     * @param connection a connection; on H2 the statement commits
     * @throws SQLException when the statement fails
     */
    void refreshStatistics(Connection connection) throws SQLException;
}
