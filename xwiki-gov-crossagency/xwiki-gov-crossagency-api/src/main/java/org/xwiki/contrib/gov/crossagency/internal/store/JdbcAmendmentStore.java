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
package org.xwiki.contrib.gov.crossagency.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.crossagency.AddedAgency;
import org.xwiki.contrib.gov.crossagency.AgencyApproval;
import org.xwiki.contrib.gov.crossagency.AmendmentStatus;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.CharterAmendment;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * Charter amendments and the agencies' decisions on them, in {@code gov_crossagency_amendment} and
 * {@code gov_crossagency_amendment_agency}; and the charter changes they make once approved.
 *
 * @version $Id$
 */
@Component(roles = JdbcAmendmentStore.class)
@Singleton
public class JdbcAmendmentStore
{
    /**
     * @param connection the transaction's connection
     * @param key the space
     * @param added the agencies added, each asked
     * @param asked the space's agencies asked as well (when the label rises)
     * @param newLabel the raised label, if any
     * @param proposedBy who proposes
     * @param at when
     * @return the amendment's id
     * @throws SQLException when a statement fails
     */
    public long insert(Connection connection, String key, List<AddedAgency> added, List<String> asked,
        Optional<String> newLabel, String proposedBy, Instant at) throws SQLException
    {
        long id;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_amendment "
            + "(space_key, new_label, proposed_by, proposed_at, status) VALUES (?, ?, ?, ?, 'PENDING')",
            Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, key);
            statement.setString(2, newLabel.orElse(null));
            statement.setString(3, proposedBy);
            statement.setLong(4, at.toEpochMilli());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_amendment_agency "
            + "(amendment_id, agency_key, position, added_steward, approval) VALUES (?, ?, ?, ?, 'PENDING')")) {
            int position = 0;
            for (String agency : asked) {
                bindAsked(statement, id, agency, position++, null);
            }
            for (AddedAgency agency : added) {
                bindAsked(statement, id, agency.agencyKey(), position++, agency.stewardId());
            }
            statement.executeBatch();
        }
        return id;
    }

    private static void bindAsked(PreparedStatement statement, long id, String agency, int position, String steward)
        throws SQLException
    {
        statement.setLong(1, id);
        statement.setString(2, agency);
        statement.setInt(3, position);
        if (steward == null) {
            statement.setNull(4, Types.VARCHAR);
        } else {
            statement.setString(4, steward);
        }
        statement.addBatch();
    }

    /**
     * @param connection a connection
     * @param key a space
     * @param lock whether to lock the amendment until the transaction ends
     * @return its pending amendment, if any
     * @throws SQLException when a statement fails
     */
    public Optional<CharterAmendment> findPending(Connection connection, String key, boolean lock)
        throws SQLException
    {
        Optional<Object[]> row = queryOne(connection, "SELECT amendment_id, new_label, proposed_by, proposed_at "
            + "FROM gov_crossagency_amendment WHERE space_key = ? AND status = 'PENDING'" + (lock ? " FOR UPDATE" : ""),
            result -> new Object[] {result.getLong(1), result.getString(2), result.getString(3), result.getLong(4)},
            key);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long id = (Long) row.get()[0];
        List<AddedAgency> added = new ArrayList<>();
        List<AgencyApproval> approvals = new ArrayList<>();
        for (Object[] agency : queryList(connection, "SELECT agency_key, added_steward, approval, decided_by, "
            + "decided_at, reason FROM gov_crossagency_amendment_agency WHERE amendment_id = ? ORDER BY position",
            result -> new Object[] {result.getString(1), result.getString(2), result.getString(3),
                result.getString(4), result.getObject(5, Long.class), result.getString(6)}, id)) {
            String agencyKey = (String) agency[0];
            if (agency[1] != null) {
                added.add(new AddedAgency(agencyKey, (String) agency[1]));
            }
            approvals.add(new AgencyApproval(agencyKey, ApprovalState.valueOf((String) agency[2]),
                Optional.ofNullable((String) agency[3]),
                Optional.ofNullable((Long) agency[4]).map(Instant::ofEpochMilli),
                Optional.ofNullable((String) agency[5])));
        }
        return Optional.of(new CharterAmendment(id, key, added, Optional.ofNullable((String) row.get()[1]),
            (String) row.get()[2], Instant.ofEpochMilli((Long) row.get()[3]), AmendmentStatus.PENDING, approvals));
    }

    /**
     * @param connection the transaction's connection
     * @param id the amendment
     * @param decision an agency's decision
     * @throws SQLException when the statement fails
     */
    public void decide(Connection connection, long id, AgencyApproval decision) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_amendment_agency SET "
            + "approval = ?, decided_by = ?, decided_at = ?, reason = ? WHERE amendment_id = ? AND agency_key = ?")) {
            statement.setString(1, decision.state().name());
            statement.setString(2, decision.decidedBy().orElse(null));
            statement.setLong(3, decision.decidedAt().orElseThrow().toEpochMilli());
            statement.setString(4, decision.reason().orElse(null));
            statement.setLong(5, id);
            statement.setString(6, decision.agencyKey());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param id the amendment
     * @param status where it now stands
     * @throws SQLException when the statement fails
     */
    public void setStatus(Connection connection, long id, AmendmentStatus status) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_amendment SET "
            + "status = ? WHERE amendment_id = ?")) {
            statement.setString(1, status.name());
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    /**
     * Makes an approved amendment's changes to the charter: the agencies join (approved), the label rises.
     *
     * @param connection the transaction's connection
     * @param amendment the amendment, approved by every agency asked
     * @param firstPosition the position of the first agency added among the space's agencies
     * @throws SQLException when a statement fails
     */
    public void apply(Connection connection, CharterAmendment amendment, int firstPosition) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_agency "
            + "(space_key, agency_key, position, approval, decided_by, decided_at) "
            + "VALUES (?, ?, ?, 'APPROVED', ?, ?)")) {
            int position = firstPosition;
            for (AddedAgency agency : amendment.addedAgencies()) {
                AgencyApproval approval = amendment.approvals().stream()
                    .filter(found -> found.agencyKey().equals(agency.agencyKey())).findFirst().orElseThrow();
                statement.setString(1, amendment.spaceKey());
                statement.setString(2, agency.agencyKey());
                statement.setInt(3, position++);
                statement.setString(4, approval.decidedBy().orElse(null));
                statement.setLong(5, approval.decidedAt().map(Instant::toEpochMilli).orElse(0L));
                statement.addBatch();
            }
            statement.executeBatch();
        }
        if (amendment.newLabel().isPresent()) {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_space SET "
                + "label = ? WHERE space_key = ?")) {
                statement.setString(1, amendment.newLabel().get());
                statement.setString(2, amendment.spaceKey());
                statement.executeUpdate();
            }
        }
    }

    /**
     * @param connection a connection
     * @param key a space
     * @return how many agencies it has had, withdrawn ones included (the next agency's position)
     * @throws SQLException when the statement fails
     */
    public int countAgencies(Connection connection, String key) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_crossagency_agency WHERE space_key = ?",
            result -> result.getInt(1), key).orElse(0);
    }
}
