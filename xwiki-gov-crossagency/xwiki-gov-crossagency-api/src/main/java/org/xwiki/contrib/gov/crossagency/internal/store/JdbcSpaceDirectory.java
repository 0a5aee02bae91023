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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.MySpace;
import org.xwiki.contrib.gov.crossagency.SpaceQuery;
import org.xwiki.contrib.gov.crossagency.SpaceSearchResult;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.SpaceSummary;
import org.xwiki.contrib.gov.store.JdbcValues;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * The reads of the space directory and of "my spaces". The visibility rule is one SQL condition, so that a space the
 * reader may not see is absent from the page and from the count alike.
 *
 * @version $Id$
 */
@Component(roles = JdbcSpaceDirectory.class)
@Singleton
public class JdbcSpaceDirectory
{
    static final String SUMMARY_COLUMNS = "s.space_key, s.name_en, s.name_fr, s.purpose_en, s.purpose_fr, "
        + "s.lead_agency, s.label, s.membership_policy, s.status";

    private static final String IN_SPACE = "('ACTIVE', 'REQUESTED', 'INVITED', 'SUSPENDED')";

    private static final String OF_AGENCY = "EXISTS (SELECT 1 FROM gov_crossagency_agency a WHERE "
        + "a.space_key = s.space_key AND a.approval <> 'WITHDRAWN' AND a.agency_key ";

    private static final String OR = " OR ";

    private static final int MAX_WORDS = 10;

    /**
     * Who reads, as far as the directory needs to know.
     *
     * @param userId the reader
     * @param homeAgency their home agency, if they have one
     * @param clearedLabels the labels their clearance covers
     * @param overseenAgencies the agencies whose spaces they see all of (as their administrator)
     * @param everything whether they see every space (a government administrator)
     */
    public record Reader(String userId, Optional<String> homeAgency, List<String> clearedLabels,
        List<String> overseenAgencies, boolean everything)
    {
        /**
         * Checks and copies the fields.
         */
        public Reader
        {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(homeAgency, "homeAgency");
            clearedLabels = List.copyOf(clearedLabels);
            overseenAgencies = List.copyOf(overseenAgencies);
        }
    }

    /**
     * @param connection a connection
     * @param reader who reads
     * @param query the filters and the page
     * @param french whether to sort by the French names
     * @return the page, with the count of every visible match
     * @throws SQLException when a statement fails
     */
    public SpaceSearchResult search(Connection connection, Reader reader, SpaceQuery query, boolean french)
        throws SQLException
    {
        List<Object> parameters = new ArrayList<>();
        String where = visible(reader, parameters) + filters(query, parameters);
        int total = queryOne(connection, "SELECT COUNT(*) FROM gov_crossagency_space s WHERE " + where,
            result -> result.getInt(1), parameters.toArray()).orElse(0);
        if (total <= query.offset()) {
            return new SpaceSearchResult(List.of(), total, query.offset());
        }
        parameters.add(query.limit());
        parameters.add(query.offset());
        String name = french ? "s.name_fr" : "s.name_en";
        List<SpaceSummary> page = withAgencies(connection, queryList(connection, "SELECT " + SUMMARY_COLUMNS
            + " FROM gov_crossagency_space s WHERE " + where + " ORDER BY LOWER(" + name + "), s.space_key "
            + "LIMIT ? OFFSET ?", JdbcSpaceDirectory::summary, parameters.toArray()));
        return new SpaceSearchResult(page, total, query.offset());
    }

    /**
     * @param connection a connection
     * @param userId a person
     * @param french whether to sort by the French names
     * @return the spaces the person is in, invited to, asking to join or suspended from, with their pending requests
     * @throws SQLException when a statement fails
     */
    public List<MySpace> mine(Connection connection, String userId, boolean french) throws SQLException
    {
        List<MySpace> rows = queryList(connection, "SELECT " + SUMMARY_COLUMNS + ", m.member_role, m.member_state, "
            + "m.reason, (SELECT COUNT(*) FROM gov_crossagency_member r WHERE r.space_key = s.space_key "
            + "AND r.member_state = 'REQUESTED') FROM gov_crossagency_member m JOIN gov_crossagency_space s "
            + "ON s.space_key = m.space_key WHERE m.user_id = ? AND m.member_state IN " + IN_SPACE
            + " ORDER BY LOWER(" + (french ? "s.name_fr" : "s.name_en") + "), s.space_key", result -> {
                MemberRole role = MemberRole.valueOf(result.getString(10));
                return new MySpace(summary(result), role, MemberState.valueOf(result.getString(11)),
                    Optional.ofNullable(result.getString(12)), role == MemberRole.STEWARD ? result.getInt(13) : 0,
                    false);
            }, userId);
        List<SpaceSummary> summaries = withAgencies(connection, rows.stream().map(MySpace::space).toList());
        List<MySpace> spaces = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MySpace row = rows.get(i);
            spaces.add(new MySpace(summaries.get(i), row.role(), row.state(), row.reason(), row.pendingRequests(),
                false));
        }
        return spaces;
    }

    /**
     * @param connection a connection
     * @param keys spaces
     * @return the guidelines each lists, by space key (spaces without any are absent)
     * @throws SQLException when a statement fails
     */
    public Map<String, List<String>> guidelines(Connection connection, Collection<String> keys) throws SQLException
    {
        return KeyedValues.read(connection, "SELECT space_key, guideline_key FROM gov_crossagency_guideline "
            + "WHERE space_key IN (%s) ORDER BY space_key, guideline_key", keys);
    }

    /**
     * @param connection a connection
     * @param agencyKeys agencies
     * @return the proposed spaces, and the spaces with a charter change, whose decision by one of these agencies is
     *     pending, oldest first
     * @throws SQLException when a statement fails
     */
    public List<SpaceSummary> awaitingDecision(Connection connection, List<String> agencyKeys) throws SQLException
    {
        if (agencyKeys.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(agencyKeys);
        parameters.addAll(agencyKeys);
        String agencies = JdbcValues.placeholders(agencyKeys.size());
        return withAgencies(connection, queryList(connection, "SELECT " + SUMMARY_COLUMNS
            + " FROM gov_crossagency_space s WHERE s.status = 'PROPOSED' AND " + OF_AGENCY + "IN (" + agencies
            + ") AND a.approval = 'PENDING') OR s.space_key IN (SELECT c.space_key FROM gov_crossagency_amendment c "
            + "JOIN gov_crossagency_amendment_agency d ON d.amendment_id = c.amendment_id WHERE c.status = 'PENDING' "
            + "AND d.approval = 'PENDING' AND d.agency_key IN (" + agencies + ")) ORDER BY s.proposed_at, s.space_key",
            JdbcSpaceDirectory::summary, parameters.toArray()));
    }

    private static String visible(Reader reader, List<Object> parameters)
    {
        if (reader.everything()) {
            return "1 = 1";
        }
        StringBuilder where = new StringBuilder("(s.space_key IN (SELECT m.space_key FROM gov_crossagency_member m "
            + "WHERE m.user_id = ? AND m.member_state IN " + IN_SPACE + ") OR s.proposed_by = ?");
        parameters.add(reader.userId());
        parameters.add(reader.userId());
        if (reader.homeAgency().isPresent() && !reader.clearedLabels().isEmpty()) {
            where.append(" OR (s.status = 'ACTIVE' AND s.membership_policy IN ('OPEN', 'REQUEST') AND s.label IN (")
                .append(JdbcValues.placeholders(reader.clearedLabels().size())).append(") AND ").append(OF_AGENCY)
                .append("= ?))");
            parameters.addAll(reader.clearedLabels());
            parameters.add(reader.homeAgency().get());
        }
        if (!reader.overseenAgencies().isEmpty()) {
            where.append(OR).append(OF_AGENCY).append("IN (")
                .append(JdbcValues.placeholders(reader.overseenAgencies().size())).append("))");
            parameters.addAll(reader.overseenAgencies());
        }
        return where.append(')').toString();
    }

    private static String filters(SpaceQuery query, List<Object> parameters)
    {
        StringBuilder where = new StringBuilder();
        List<String> words = query.keywords().map(keywords -> Arrays.stream(keywords.strip().split("\\s+"))
            .filter(word -> !word.isEmpty()).distinct().limit(MAX_WORDS).toList()).orElse(List.of());
        for (String word : words) {
            String pattern = '%' + escapeLike(word.toLowerCase(Locale.ROOT)) + '%';
            where.append(" AND (");
            String separator = "";
            for (String column : List.of("s.name_en", "s.name_fr", "s.purpose_en", "s.purpose_fr")) {
                where.append(separator).append("LOWER(").append(column).append(") LIKE ? ESCAPE '\\'");
                parameters.add(pattern);
                separator = OR;
            }
            where.append(')');
        }
        if (query.agencyKey().isPresent()) {
            where.append(" AND ").append(OF_AGENCY).append("= ?)");
            parameters.add(query.agencyKey().get());
        }
        query.label().ifPresent(label -> {
            where.append(" AND s.label = ?");
            parameters.add(label);
        });
        query.policy().ifPresent(policy -> {
            where.append(" AND s.membership_policy = ?");
            parameters.add(policy.name());
        });
        return where.toString();
    }

    private static String escapeLike(String word)
    {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static List<SpaceSummary> withAgencies(Connection connection, List<SpaceSummary> summaries)
        throws SQLException
    {
        Map<String, List<String>> agencies = KeyedValues.read(connection, KeyedValues.AGENCIES,
            summaries.stream().map(SpaceSummary::key).distinct().toList());
        return summaries.stream().map(summary -> new SpaceSummary(summary.key(), summary.name(), summary.purpose(),
            summary.leadAgency(), agencies.getOrDefault(summary.key(), List.of()), summary.label(), summary.policy(),
            summary.status())).toList();
    }

    static SpaceSummary summary(ResultSet result) throws SQLException
    {
        return new SpaceSummary(result.getString(1), new Bilingual(result.getString(2), result.getString(3)),
            new Bilingual(result.getString(4), result.getString(5)), result.getString(6), List.of(),
            result.getString(7), MembershipPolicy.valueOf(result.getString(8)),
            SpaceStatus.valueOf(result.getString(9)));
    }
}
