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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.GuestTerms;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.store.JdbcValues;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * Reads and writes who is in a cross-agency space. A person has one row per space, whose state changes; nothing is
 * deleted. Every method runs on the caller's connection, inside the caller's transaction.
 *
 * @version $Id$
 */
@Component(roles = JdbcSpaceMemberStore.class)
@Singleton
public class JdbcSpaceMemberStore
{
    private static final String COLUMNS = "space_key, user_id, agency_key, member_role, member_state, since, "
        + "request_message, decided_by, reason, guest_end_day, guest_access, sponsor";

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param userId a person
     * @param lock whether to lock the row until the transaction ends
     * @return the person's membership of the space, whatever its state, if they ever had one
     * @throws SQLException when the statement fails
     */
    public Optional<SpaceMember> find(Connection connection, String key, String userId, boolean lock)
        throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE space_key = ? "
            + "AND user_id = ?" + (lock ? " FOR UPDATE" : ""), JdbcSpaceMemberStore::member, key, userId);
    }

    /**
     * Records a first membership.
     *
     * @param connection the transaction's connection
     * @param member the membership
     * @throws SQLException when the statement fails, with SQL state 23505 when the person has a row already
     */
    public void insert(Connection connection, SpaceMember member) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_crossagency_member ("
            + COLUMNS + ", guest_warned_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            bind(statement, member, 1);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param member a person's membership of a space
     * @param exists whether the person had a membership of it (in any state), to be replaced
     * @throws SQLException when the statement fails
     */
    public void save(Connection connection, SpaceMember member, boolean exists) throws SQLException
    {
        if (exists) {
            update(connection, member);
        } else {
            insert(connection, member);
        }
    }

    /**
     * @param connection the transaction's connection
     * @param member the membership as it now stands
     * @throws SQLException when the statement fails
     */
    public void update(Connection connection, SpaceMember member) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_member SET "
            + "space_key = ?, user_id = ?, agency_key = ?, member_role = ?, member_state = ?, since = ?, "
            + "request_message = ?, decided_by = ?, reason = ?, guest_end_day = ?, guest_access = ?, sponsor = ? "
            + "WHERE space_key = ? AND user_id = ?")) {
            bind(statement, member, 1);
            statement.setString(13, member.spaceKey());
            statement.setString(14, member.userId());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param stewardsOnly whether to list the stewards only
     * @return the people in the space (active), stewards first, then members, then guests, each by user id
     * @throws SQLException when the statement fails
     */
    public List<SpaceMember> listActive(Connection connection, String key, boolean stewardsOnly) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE space_key = ? "
            + "AND member_state = ?" + (stewardsOnly ? " AND member_role = 'STEWARD'" : "")
            + " ORDER BY CASE member_role WHEN 'STEWARD' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, user_id",
            JdbcSpaceMemberStore::member,
            key, MemberState.ACTIVE.name());
    }

    /**
     * What decides a person's access to a space's content.
     *
     * @param userId the person
     * @param spaceStatus the space's status
     * @param role their role
     * @param state their membership's state
     * @param guestAccess a guest's access
     * @param gated whether the space lists guidelines to acknowledge
     */
    public record AccessRow(String userId, SpaceStatus spaceStatus, MemberRole role, MemberState state,
        Optional<GuestAccess> guestAccess, boolean gated)
    {
    }

    /**
     * @param connection a connection
     * @param key a space
     * @param userId a person, or {@code null} for every active member
     * @return what decides the access of that person (of every active member), when they have a membership
     * @throws SQLException when the statement fails
     */
    public List<AccessRow> findAccess(Connection connection, String key, String userId) throws SQLException
    {
        return queryList(connection, "SELECT m.user_id, s.status, m.member_role, m.member_state, m.guest_access, "
            + "CASE WHEN EXISTS (SELECT 1 FROM gov_crossagency_guideline g WHERE g.space_key = s.space_key) THEN 1 "
            + "ELSE 0 END FROM gov_crossagency_member m JOIN gov_crossagency_space s ON s.space_key = m.space_key "
            + "WHERE m.space_key = ? AND " + (userId == null ? "m.member_state = 'ACTIVE'" : "m.user_id = ?"),
            result -> new AccessRow(result.getString(1), SpaceStatus.valueOf(result.getString(2)),
                MemberRole.valueOf(result.getString(3)), MemberState.valueOf(result.getString(4)),
                Optional.ofNullable(result.getString(5)).map(GuestAccess::valueOf), result.getInt(6) == 1),
            userId == null ? new Object[] {key} : new Object[] {key, userId});
    }

    /**
     * @param connection a connection
     * @param sentBefore invitations sent before this time, epoch milliseconds, have expired
     * @param limit the most to return
     * @return expired invitations still waiting, oldest first
     * @throws SQLException when the statement fails
     */
    public List<SpaceMember> findExpiredInvitations(Connection connection, long sentBefore, int limit)
        throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE member_state = "
            + "'INVITED' AND since < ? ORDER BY since, space_key, user_id LIMIT ?", JdbcSpaceMemberStore::member,
            sentBefore, limit);
    }

    /**
     * @param connection a connection
     * @param today today (UTC)
     * @param limit the most to return
     * @return the guests whose last day is past and who are still in, earliest end first
     * @throws SQLException when the statement fails
     */
    public List<SpaceMember> findEndedGuests(Connection connection, LocalDate today, int limit) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE guest_end_day < ? "
            + "AND member_role = 'GUEST' AND member_state IN ('ACTIVE', 'SUSPENDED') "
            + "ORDER BY guest_end_day, space_key, user_id LIMIT ?", JdbcSpaceMemberStore::member,
            (int) today.toEpochDay(), limit);
    }

    /**
     * @param connection a connection
     * @param lastDay guests whose access ends on this day or before are to be warned
     * @param limit the most to return
     * @return the active guests ending by then whose sponsor was not warned yet, earliest end first
     * @throws SQLException when the statement fails
     */
    public List<SpaceMember> findGuestsToWarn(Connection connection, LocalDate lastDay, int limit) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE guest_end_day <= ? "
            + "AND member_role = 'GUEST' AND member_state = 'ACTIVE' AND guest_warned_day IS NULL "
            + "ORDER BY guest_end_day, space_key, user_id LIMIT ?", JdbcSpaceMemberStore::member,
            (int) lastDay.toEpochDay(), limit);
    }

    /**
     * Moves a membership to its next state only if it is still as it was read, so that of two processes sweeping at
     * once only one records each change.
     *
     * @param connection the transaction's connection
     * @param read the membership as read
     * @param next what it becomes
     * @return whether this call changed it
     * @throws SQLException when the statement fails
     */
    public boolean claim(Connection connection, SpaceMember read, SpaceMember next) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_member SET "
            + "member_state = ?, since = ?, decided_by = ?, reason = ? WHERE space_key = ? AND user_id = ? "
            + "AND member_state = ? AND since = ?")) {
            statement.setString(1, next.state().name());
            statement.setLong(2, next.since().toEpochMilli());
            statement.setString(3, next.decidedBy().orElse(null));
            statement.setString(4, next.reason().orElse(null));
            statement.setString(5, read.spaceKey());
            statement.setString(6, read.userId());
            statement.setString(7, read.state().name());
            statement.setLong(8, read.since().toEpochMilli());
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * @param connection the transaction's connection
     * @param guest a guest membership
     * @param today the day of the warning
     * @return whether this call recorded the warning (it was not recorded yet)
     * @throws SQLException when the statement fails
     */
    public boolean claimWarning(Connection connection, SpaceMember guest, LocalDate today) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_member SET "
            + "guest_warned_day = ? WHERE space_key = ? AND user_id = ? AND guest_warned_day IS NULL")) {
            statement.setInt(1, (int) today.toEpochDay());
            statement.setString(2, guest.spaceKey());
            statement.setString(3, guest.userId());
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param userId one of its guests
     * @param endDate their new last day
     * @throws SQLException when the statement fails
     */
    public void renewGuest(Connection connection, String key, String userId, LocalDate endDate) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_crossagency_member SET "
            + "guest_end_day = ?, guest_warned_day = NULL WHERE space_key = ? AND user_id = ?")) {
            statement.setInt(1, (int) endDate.toEpochDay());
            statement.setString(2, key);
            statement.setString(3, userId);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection a connection
     * @param key a space
     * @param agencyKey an agency
     * @return the people of that agency whose membership of the space is in force (active or suspended)
     * @throws SQLException when the statement fails
     */
    public List<String> listAgencyMembers(Connection connection, String key, String agencyKey) throws SQLException
    {
        return queryList(connection, "SELECT user_id FROM gov_crossagency_member WHERE space_key = ? "
            + "AND agency_key = ? AND member_state IN ('ACTIVE', 'SUSPENDED') ORDER BY user_id",
            result -> result.getString(1), key, agencyKey);
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param state a state
     * @return the space's memberships in that state, oldest change first
     * @throws SQLException when the statement fails
     */
    public List<SpaceMember> listInState(Connection connection, String key, MemberState state) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE space_key = ? "
            + "AND member_state = ? ORDER BY since, user_id", JdbcSpaceMemberStore::member, key, state.name());
    }

    /**
     * @param connection the transaction's connection
     * @param userIds people
     * @return their memberships that are active or suspended, in every space, locked until the transaction ends
     * @throws SQLException when a statement fails
     */
    public List<SpaceMember> lockInForce(Connection connection, Collection<String> userIds) throws SQLException
    {
        return lockInStates(connection, userIds, List.of(MemberState.ACTIVE, MemberState.SUSPENDED));
    }

    /**
     * @param connection the transaction's connection
     * @param userIds people
     * @param states the states wanted
     * @return their memberships in those states, in every space, locked until the transaction ends
     * @throws SQLException when a statement fails
     */
    public List<SpaceMember> lockInStates(Connection connection, Collection<String> userIds,
        List<MemberState> states) throws SQLException
    {
        List<SpaceMember> found = new ArrayList<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            List<Object> parameters = new ArrayList<>(slice);
            states.forEach(state -> parameters.add(state.name()));
            found.addAll(queryList(connection, "SELECT " + COLUMNS + " FROM gov_crossagency_member WHERE user_id IN ("
                + JdbcValues.placeholders(slice.size()) + ") AND member_state IN ("
                + JdbcValues.placeholders(states.size()) + ") ORDER BY space_key, user_id FOR UPDATE",
                JdbcSpaceMemberStore::member, parameters.toArray()));
        }
        return found;
    }

    /**
     * @param connection the transaction's connection
     * @param key a space
     * @param agencyKey a participating agency
     * @return how many active stewards the space has from that agency
     * @throws SQLException when the statement fails
     */
    public int countStewards(Connection connection, String key, String agencyKey) throws SQLException
    {
        return queryOne(connection, "SELECT COUNT(*) FROM gov_crossagency_member WHERE space_key = ? "
            + "AND agency_key = ? AND member_role = 'STEWARD' AND member_state = ?", result -> result.getInt(1), key,
            agencyKey, MemberState.ACTIVE.name()).orElse(0);
    }

    private static void bind(PreparedStatement statement, SpaceMember member, int first) throws SQLException
    {
        statement.setString(first, member.spaceKey());
        statement.setString(first + 1, member.userId());
        statement.setString(first + 2, member.agencyKey().orElse(null));
        statement.setString(first + 3, member.role().name());
        statement.setString(first + 4, member.state().name());
        statement.setLong(first + 5, member.since().toEpochMilli());
        statement.setString(first + 6, member.requestMessage().orElse(null));
        statement.setString(first + 7, member.decidedBy().orElse(null));
        statement.setString(first + 8, member.reason().orElse(null));
        Optional<GuestTerms> guest = member.guest();
        if (guest.isPresent()) {
            statement.setInt(first + 9, (int) guest.get().endDate().toEpochDay());
        } else {
            statement.setNull(first + 9, Types.INTEGER);
        }
        statement.setString(first + 10, guest.map(terms -> terms.access().name()).orElse(null));
        statement.setString(first + 11, guest.map(GuestTerms::sponsorId).orElse(null));
    }

    private static SpaceMember member(ResultSet result) throws SQLException
    {
        Integer endDay = result.getObject(10, Integer.class);
        Optional<GuestTerms> guest = endDay == null ? Optional.empty() : Optional.of(new GuestTerms(
            LocalDate.ofEpochDay(endDay), GuestAccess.valueOf(result.getString(11)), result.getString(12)));
        return new SpaceMember(result.getString(1), result.getString(2), Optional.ofNullable(result.getString(3)),
            MemberRole.valueOf(result.getString(4)), MemberState.valueOf(result.getString(5)),
            Instant.ofEpochMilli(result.getLong(6)), Optional.ofNullable(result.getString(7)),
            Optional.ofNullable(result.getString(8)), Optional.ofNullable(result.getString(9)), guest);
    }
}
