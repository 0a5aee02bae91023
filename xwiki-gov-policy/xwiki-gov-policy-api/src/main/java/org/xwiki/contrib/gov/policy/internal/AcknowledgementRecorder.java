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
package org.xwiki.contrib.gov.policy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Writes what an acknowledgement changes in the policy's tables: the acknowledgement, its assignment now done, the
 * assignments' counters and the day's count. On PostgreSQL the four go as one statement: a round trip instead of
 * five, and round trips are most of the database's work for an acknowledgement. On H2, which runs in the same
 * process, one statement each.
 *
 * @version $Id$
 */
@Component(roles = AcknowledgementRecorder.class)
@Singleton
public class AcknowledgementRecorder
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcAcknowledgementStore acknowledgements;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcTallyStore tally;

    /**
     * @param connection the transaction's connection, which holds the assignment's lock
     * @param acknowledgement the acknowledgement (its id is ignored)
     * @param done the assignment as the acknowledgement leaves it
     * @param deltas what to add to each of the assignments' counters, sorted
     * @param day the day the acknowledgement counts for
     * @return the acknowledgement with its id
     * @throws SQLException when a statement fails, with SQL state 23505 when the assignment has an acknowledgement
     */
    public Acknowledgement record(Connection connection, Acknowledgement acknowledgement, Assignment done,
        SortedMap<TallyKey, Long> deltas, LocalDate day) throws SQLException
    {
        if (this.store.getDatabaseKind() != DatabaseKind.POSTGRESQL) {
            Acknowledgement saved = this.acknowledgements.insert(connection, acknowledgement);
            this.assignments.update(connection, done);
            this.tally.add(connection, deltas);
            this.tally.countAcknowledgement(connection, done.guidelineKey(), done.majorVersion(), done.agencyKey(),
                day);
            return saved;
        }
        List<SqlPart> writes = new ArrayList<>();
        writes.add(this.assignments.updatePart(done));
        this.tally.addPart(deltas).ifPresent(writes::add);
        writes.add(this.tally.countAcknowledgementPart(done.guidelineKey(), done.majorVersion(), done.agencyKey(),
            day));
        SqlPart all = SqlPart.withWritesBefore(writes, this.acknowledgements.insertReturningIdPart(acknowledgement));
        try (PreparedStatement statement = connection.prepareStatement(all.sql())) {
            all.bind(statement);
            try (ResultSet id = statement.executeQuery()) {
                id.next();
                return JdbcAcknowledgementStore.withId(acknowledgement, id.getLong(1));
            }
        }
    }
}
