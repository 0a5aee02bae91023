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

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.store.SqlPart;

/**
 * H2's writes: one statement each. H2 runs in the same process, so a round trip costs little, and it cannot take rows
 * from an insert or lock one table's rows of a join without the other's.
 *
 * @version $Id$
 */
@Component
@Named("h2")
@Singleton
public class H2PolicyWrites implements PolicyWrites
{
    @Inject
    private JdbcAcknowledgementStore acknowledgements;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcTallyStore tally;

    @Override
    public Optional<LockedAssignment> lockCurrent(Connection connection, String key, String userId)
    {
        return Optional.empty();
    }

    @Override
    public void addToTally(Connection connection, SortedMap<TallyKey, Long> deltas) throws SQLException
    {
        this.tally.addOnH2(connection, deltas);
    }

    @Override
    public Acknowledgement record(Connection connection, Acknowledgement acknowledgement, Assignment done,
        SortedMap<TallyKey, Long> deltas, LocalDate day, Function<Acknowledgement, SqlPart> audit) throws SQLException
    {
        Acknowledgement saved = this.acknowledgements.insert(connection, acknowledgement);
        this.assignments.update(connection, done);
        this.tally.addOnH2(connection, deltas);
        this.tally.countAcknowledgementOnH2(connection, done.guidelineKey(), done.majorVersion(), done.agencyKey(),
            day);
        audit.apply(saved).executeUpdate(connection);
        return saved;
    }

    @Override
    public long assignAudience(Connection connection, String key, int major, Optional<String> owner, Instant at,
        LocalDate dueDate) throws SQLException
    {
        int assigned = this.assignments.assignAudience(key, major, owner, at, dueDate).executeUpdate(connection);
        this.tally.recount(connection, key, major);
        return assigned;
    }

    @Override
    public void refreshStatistics(Connection connection) throws SQLException
    {
        this.assignments.analyze(connection, "ANALYZE TABLE gov_policy_assignment");
    }
}
