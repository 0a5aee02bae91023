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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.crossagency.AgencySpaceRow;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.GuestTerms;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SponsoredGuest;
import org.xwiki.contrib.gov.crossagency.SpaceSummary;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * The reads of the agency reports: the spaces of an agency (or all) with its people's counts and the open review's
 * progress, the guests its stewards sponsor, and its people's memberships streamed for the CSV export.
 *
 * @version $Id$
 */
@Component(roles = JdbcSpaceReportStore.class)
@Singleton
public class JdbcSpaceReportStore
{
    private static final String OF_AGENCY = " AND m.agency_key = ?";

    /**
     * One membership, as the export writes it.
     *
     * @param spaceKey the space
     * @param userId the person
     * @param role their role
     * @param state their state
     * @param since since when
     * @param reason the reason of a suspension, a decline or a removal
     * @param guestEnd a guest's last day
     */
    public record MembershipRow(String spaceKey, String userId, String role, String state, Instant since,
        Optional<String> reason, Optional<LocalDate> guestEnd)
    {
    }

    /** Receives the memberships one by one. */
    @FunctionalInterface
    public interface MembershipSink
    {
        /**
         * @param row a membership
         * @throws SQLException when it cannot be taken (the export stops)
         */
        void accept(MembershipRow row) throws SQLException;
    }

    /**
     * @param connection a connection
     * @param agencyKey the agency, or empty for every space
     * @return the agency's spaces (or all) with its people's counts and the open review's progress, by key
     * @throws SQLException when a statement fails
     */
    public List<AgencySpaceRow> spaces(Connection connection, Optional<String> agencyKey) throws SQLException
    {
        String ofAgency = agencyKey.isPresent() ? OF_AGENCY : "";
        List<Object> parameters = new ArrayList<>();
        agencyKey.ifPresent(key -> {
            parameters.add(key);
            parameters.add(key);
            parameters.add(key);
        });
        List<AgencySpaceRow> rows = queryList(connection, "SELECT " + JdbcSpaceDirectory.SUMMARY_COLUMNS
            + ", (SELECT COUNT(*) FROM gov_crossagency_member m WHERE m.space_key = s.space_key "
            + "AND m.member_state = 'ACTIVE'" + ofAgency + "), (SELECT COUNT(*) FROM gov_crossagency_member m "
            + "WHERE m.space_key = s.space_key AND m.member_state = 'SUSPENDED'" + ofAgency + "), r.deadline_day, "
            + "(SELECT COUNT(*) FROM gov_crossagency_review_item i WHERE i.review_id = r.review_id "
            + "AND i.confirmed_by IS NOT NULL), (SELECT COUNT(*) FROM gov_crossagency_review_item i "
            + "WHERE i.review_id = r.review_id) FROM gov_crossagency_space s LEFT JOIN gov_crossagency_review r "
            + "ON r.space_key = s.space_key AND r.closed_at IS NULL"
            + (agencyKey.isPresent() ? " WHERE EXISTS (SELECT 1 FROM gov_crossagency_agency a "
                + "WHERE a.space_key = s.space_key AND a.approval <> 'WITHDRAWN' AND a.agency_key = ?)" : "")
            + " ORDER BY s.space_key", result -> {
                Integer deadline = result.getObject(12, Integer.class);
                return new AgencySpaceRow(JdbcSpaceDirectory.summary(result), result.getInt(10), result.getInt(11),
                    Optional.ofNullable(deadline).map(LocalDate::ofEpochDay), result.getInt(13), result.getInt(14));
            }, parameters.toArray());
        List<SpaceSummary> summaries =
            JdbcSpaceDirectory.withAgencies(connection, rows.stream().map(AgencySpaceRow::space).toList());
        List<AgencySpaceRow> complete = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AgencySpaceRow row = rows.get(i);
            complete.add(new AgencySpaceRow(summaries.get(i), row.activeMembers(), row.suspendedMembers(),
                row.reviewDeadline(), row.reviewConfirmed(), row.reviewTotal()));
        }
        return complete;
    }

    /**
     * @param connection a connection
     * @param agencyKey the agency whose stewards sponsored them, or empty for every guest
     * @return the guests in force, earliest end first
     * @throws SQLException when the statement fails
     */
    public List<SponsoredGuest> guests(Connection connection, Optional<String> agencyKey) throws SQLException
    {
        return queryList(connection, "SELECT g.space_key, g.user_id, g.guest_end_day, g.guest_access, g.sponsor, "
            + "g.member_state FROM gov_crossagency_member g" + (agencyKey.isPresent()
                ? " JOIN gov_crossagency_member m ON m.space_key = g.space_key AND m.user_id = g.sponsor" + OF_AGENCY
                : "") + " WHERE g.member_role = 'GUEST' AND g.member_state IN ('ACTIVE', 'SUSPENDED') "
            + "ORDER BY g.guest_end_day, g.space_key, g.user_id", result -> new SponsoredGuest(result.getString(1),
                result.getString(2), new GuestTerms(LocalDate.ofEpochDay(result.getInt(3)),
                    GuestAccess.valueOf(result.getString(4)), result.getString(5)),
                MemberState.valueOf(result.getString(6))), agencyKey.stream().toArray());
    }

    /**
     * @param connection a connection
     * @param agencyKey the agency whose people's memberships to read, or empty for everyone's
     * @param sink receives each, by space then person
     * @throws SQLException when the statement fails, or the sink
     */
    public void memberships(Connection connection, Optional<String> agencyKey, MembershipSink sink)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("SELECT m.space_key, m.user_id, "
            + "m.member_role, m.member_state, m.since, m.reason, m.guest_end_day FROM gov_crossagency_member m "
            + "WHERE m.member_state IN ('ACTIVE', 'SUSPENDED', 'INVITED', 'REQUESTED')"
            + (agencyKey.isPresent() ? OF_AGENCY : "") + " ORDER BY m.space_key, m.user_id")) {
            if (agencyKey.isPresent()) {
                statement.setString(1, agencyKey.get());
            }
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Integer guestEnd = result.getObject(7, Integer.class);
                    sink.accept(new MembershipRow(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4), Instant.ofEpochMilli(result.getLong(5)),
                        Optional.ofNullable(result.getString(6)),
                        Optional.ofNullable(guestEnd).map(LocalDate::ofEpochDay)));
                }
            }
        }
    }
}
