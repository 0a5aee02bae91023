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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.store.SqlPart;

/**
 * PostgreSQL's writes, shaped to save round trips, which are most of the database's work for an acknowledgement: the
 * assignment locked together with where its guideline stands and an id reserved for its acknowledgement, an
 * acknowledgement's five writes (its audit record among them) as one statement, and a publication's counters created
 * from the rows its insert returns.
 *
 * @version $Id$
 */
@Component
@Named("postgresql")
@Singleton
public class PostgresqlPolicyWrites implements PolicyWrites
{
    /** The statements made of several writes, by the texts they were made of: the same few shapes come back. */
    private final Map<List<String>, String> combined = new ConcurrentHashMap<>();

    @Inject
    private JdbcAcknowledgementStore acknowledgements;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private JdbcTallyStore tally;

    @Override
    public Optional<LockedAssignment> lockCurrent(Connection connection, String key, String userId)
        throws SQLException
    {
        return this.assignments.lockCurrent(connection, key, userId);
    }

    @Override
    public void addToTally(Connection connection, SortedMap<TallyKey, Long> deltas) throws SQLException
    {
        Optional<SqlPart> upsert = this.tally.addPart(deltas);
        if (upsert.isPresent()) {
            upsert.get().executeUpdate(connection);
        }
    }

    @Override
    public Acknowledgement record(Connection connection, Acknowledgement acknowledgement, Assignment done,
        SortedMap<TallyKey, Long> deltas, LocalDate day, Function<Acknowledgement, SqlPart> audit) throws SQLException
    {
        List<SqlPart> writes = new ArrayList<>();
        writes.add(this.assignments.updatePart(done));
        this.tally.addPart(deltas).ifPresent(writes::add);
        writes.add(this.tally.countAcknowledgementPart(done.guidelineKey(), done.majorVersion(), done.agencyKey(),
            day));
        if (acknowledgement.id() != 0) {
            // Its id is known, and so is its audit record: everything goes in one statement.
            writes.add(this.acknowledgements.insertWithIdPart(acknowledgement));
            SqlPart.withWritesBefore(writes, audit.apply(acknowledgement), this.combined).executeUpdate(connection);
            return acknowledgement;
        }
        SqlPart all = SqlPart.withWritesBefore(writes, this.acknowledgements.insertReturningIdPart(acknowledgement),
            this.combined);
        Acknowledgement saved;
        try (PreparedStatement statement = connection.prepareStatement(all.sql())) {
            all.bind(statement);
            try (ResultSet id = statement.executeQuery()) {
                id.next();
                saved = JdbcAcknowledgementStore.withId(acknowledgement, id.getLong(1));
            }
        }
        audit.apply(saved).executeUpdate(connection);
        return saved;
    }

    @Override
    public long assignAudience(Connection connection, String key, int major, Optional<String> owner, Instant at,
        LocalDate dueDate) throws SQLException
    {
        return this.tally.insertCounted(connection, this.assignments.assignAudience(key, major, owner, at, dueDate));
    }

    @Override
    public void refreshStatistics(Connection connection) throws SQLException
    {
        this.assignments.analyze(connection, "ANALYZE gov_policy_assignment");
    }
}
