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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.crossagency.AgencyApproval;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * Reads and writes cross-agency spaces: the charter, each participating agency's decision, the stewards. Every method
 * runs on the caller's connection, inside the caller's transaction.
 *
 * @version $Id$
 */
@Component(roles = JdbcSpaceStore.class)
@Singleton
public class JdbcSpaceStore
{
    /** The role of the people who run a space. */
    public static final String STEWARD = "STEWARD";

    /** The state of a membership in force. */
    public static final String ACTIVE = "ACTIVE";

    private static final String SPACE_COLUMNS = "space_key, name_en, name_fr, purpose_en, purpose_fr, lead_agency, "
        + "label, membership_policy, review_interval_days, end_day, status, proposed_by, proposed_at";

    /**
     * Records a new space with every participating agency's decision pending and its stewards in it.
     *
     * @param connection the transaction's connection
     * @param charter the checked charter
     * @param stewardAgencies the home agency of each steward
     * @param proposedBy who proposed it
     * @param at when
     * @throws SQLException when a statement fails, with SQL state 23505 when the key is taken
     */
    public void insert(Connection connection, SpaceCharter charter, Map<String, String> stewardAgencies,
        String proposedBy, Instant at)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_space ("
            + SPACE_COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, charter.key());
            statement.setString(2, charter.name().english());
            statement.setString(3, charter.name().french());
            statement.setString(4, charter.purpose().english());
            statement.setString(5, charter.purpose().french());
            statement.setString(6, charter.leadAgency());
            statement.setString(7, charter.label());
            statement.setString(8, charter.policy().name());
            statement.setInt(9, charter.reviewIntervalDays());
            if (charter.endDate().isPresent()) {
                statement.setInt(10, (int) charter.endDate().get().toEpochDay());
            } else {
                statement.setNull(10, Types.INTEGER);
            }
            statement.setString(11, SpaceStatus.PROPOSED.name());
            statement.setString(12, proposedBy);
            statement.setLong(13, at.toEpochMilli());
            statement.setLong(14, at.toEpochMilli());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_agency "
            + "(space_key, agency_key, position, approval) VALUES (?, ?, ?, ?)")) {
            for (int position = 0; position < charter.agencies().size(); position++) {
                statement.setString(1, charter.key());
                statement.setString(2, charter.agencies().get(position));
                statement.setInt(3, position);
                statement.setString(4, ApprovalState.PENDING.name());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_guideline "
            + "(space_key, guideline_key) VALUES (?, ?)")) {
            for (String guideline : charter.guidelines()) {
                statement.setString(1, charter.key());
                statement.setString(2, guideline);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_member "
            + "(space_key, user_id, member_role, member_state, since, agency_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (String steward : charter.stewards()) {
                statement.setString(1, charter.key());
                statement.setString(2, steward);
                statement.setString(3, STEWARD);
                statement.setString(4, ACTIVE);
                statement.setLong(5, at.toEpochMilli());
                statement.setString(6, stewardAgencies.get(steward));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param lock whether to lock the space's row until the transaction ends, so that decisions on it queue
     * @return the space, if there is one
     * @throws SQLException when a statement fails
     */
    public Optional<Space> find(Connection connection, String key, boolean lock) throws SQLException
    {
        Optional<SpaceRow> row = queryOne(connection, "SELECT " + SPACE_COLUMNS + " FROM gov_crossagency_space "
            + "WHERE space_key = ?" + (lock ? " FOR UPDATE" : ""), JdbcSpaceStore::spaceRow, key);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        List<AgencyApproval> approvals = queryList(connection, "SELECT agency_key, approval, decided_by, decided_at, "
            + "reason FROM gov_crossagency_agency WHERE space_key = ? ORDER BY position", result -> new AgencyApproval(
                result.getString(1), ApprovalState.valueOf(result.getString(2)),
                Optional.ofNullable(result.getString(3)), Optional.ofNullable((Long) result.getObject(4, Long.class))
                    .map(Instant::ofEpochMilli), Optional.ofNullable(result.getString(5))), key);
        List<String> stewards = queryList(connection, "SELECT user_id FROM gov_crossagency_member WHERE space_key = ? "
            + "AND member_role = ? AND member_state = ? ORDER BY user_id", result -> result.getString(1), key, STEWARD,
            ACTIVE);
        return Optional.of(row.get().toSpace(approvals, stewards, listGuidelines(connection, key)));
    }

    /**
     * @param connection a transaction
     * @return the keys of every space, whatever its status, in order
     * @throws SQLException when the database fails
     */
    public List<String> listKeys(Connection connection) throws SQLException
    {
        return queryList(connection, "SELECT space_key FROM gov_crossagency_space ORDER BY space_key",
            result -> result.getString(1));
    }

    /**
     * @param connection a transaction
     * @param key a space
     * @return the guidelines its members acknowledge before they see its content
     * @throws SQLException when the database fails
     */
    public List<String> listGuidelines(Connection connection, String key) throws SQLException
    {
        return queryList(connection, "SELECT guideline_key FROM gov_crossagency_guideline WHERE space_key = ? "
            + "ORDER BY guideline_key", result -> result.getString(1), key);
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param decision the agency's decision
     * @throws SQLException when the statement fails
     */
    public void decide(Connection connection, String key, AgencyApproval decision) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_agency SET "
            + "approval = ?, decided_by = ?, decided_at = ?, reason = ? WHERE space_key = ? AND agency_key = ?")) {
            statement.setString(1, decision.state().name());
            statement.setString(2, decision.decidedBy().orElse(null));
            statement.setObject(3, decision.decidedAt().map(Instant::toEpochMilli).orElse(null), Types.BIGINT);
            statement.setString(4, decision.reason().orElse(null));
            statement.setString(5, key);
            statement.setString(6, decision.agencyKey());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param status where it now stands
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void setStatus(Connection connection, String key, SpaceStatus status, Instant at) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "UPDATE gov_crossagency_space SET status = ?, updated_at = ? WHERE space_key = ?")) {
            statement.setString(1, status.name());
            statement.setLong(2, at.toEpochMilli());
            statement.setString(3, key);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param userId a person
     * @return the person's role in the space, if they are in it (suspended included), asking to join or invited
     * @throws SQLException when the statement fails
     */
    public Optional<String> findRole(Connection connection, String key, String userId) throws SQLException
    {
        return queryOne(connection, "SELECT member_role FROM gov_crossagency_member WHERE space_key = ? "
            + "AND user_id = ? AND member_state IN ('ACTIVE', 'REQUESTED', 'INVITED', 'SUSPENDED')",
            result -> result.getString(1), key, userId);
    }

    /**
     * @param connection the transaction's connection
     * @param keys spaces
     * @return the participating agencies of each, the lead first, by space key
     * @throws SQLException when a statement fails
     */
    public Map<String, List<String>> findAgencies(Connection connection, Collection<String> keys)
        throws SQLException
    {
        return KeyedValues.read(connection, KeyedValues.AGENCIES, keys);
    }

    /**
     * @param connection the transaction's connection
     * @param keys spaces
     * @return the sensitivity label of each, by space key
     * @throws SQLException when a statement fails
     */
    public Map<String, String> findLabels(Connection connection, Collection<String> keys) throws SQLException
    {
        Map<String, String> labels = new HashMap<>();
        KeyedValues.read(connection, "SELECT space_key, label FROM gov_crossagency_space WHERE space_key IN (%s)", keys)
            .forEach((key, values) -> labels.put(key, values.get(0)));
        return labels;
    }

    private static SpaceRow spaceRow(ResultSet result) throws SQLException
    {
        Integer endDay = result.getObject(10, Integer.class);
        return new SpaceRow(result.getString(1), new Bilingual(result.getString(2), result.getString(3)),
            new Bilingual(result.getString(4), result.getString(5)), result.getString(6), result.getString(7),
            MembershipPolicy.valueOf(result.getString(8)), result.getInt(9),
            Optional.ofNullable(endDay).map(day -> LocalDate.ofEpochDay(day)),
            SpaceStatus.valueOf(result.getString(11)), result.getString(12), Instant.ofEpochMilli(result.getLong(13)));
    }

    /** The columns of a space's row, before its agencies and stewards are attached. */
    private record SpaceRow(String key, Bilingual name, Bilingual purpose, String leadAgency, String label,
        MembershipPolicy policy, int reviewIntervalDays, Optional<LocalDate> endDate, SpaceStatus status,
        String proposedBy, Instant proposedAt)
    {
        Space toSpace(List<AgencyApproval> approvals, List<String> stewards, List<String> guidelines)
        {
            return new Space(new SpaceCharter(this.key, this.name, this.purpose, this.leadAgency,
                approvals.stream().filter(approval -> approval.state() != ApprovalState.WITHDRAWN)
                    .map(AgencyApproval::agencyKey).toList(), stewards, this.label, this.policy,
                this.reviewIntervalDays, this.endDate, guidelines), this.status, this.proposedBy, this.proposedAt,
                approvals);
        }
    }
}
