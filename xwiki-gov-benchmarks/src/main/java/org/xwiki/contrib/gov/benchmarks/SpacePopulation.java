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
package org.xwiki.contrib.gov.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The cross-agency spaces of the benchmark, written straight into the tables in batches: each space led by one agency
 * with a second one, a quarter of them labelled {@value #PROTECTED}, a third each open, by request and by invitation.
 * Each has two stewards, members of both agencies, two guests of a third agency (in one space in ten the first one's
 * end date has passed, in another one in ten both end within the warning period), and one invitation (expired in one
 * space in ten); one space in ninety is due for its access review today. A few busy people of the first agency are in
 * forty spaces each, for the clearance changes. Everyone holds the clearance {@value #PROTECTED}.
 *
 * @version $Id$
 */
final class SpacePopulation
{
    /** The label of a quarter of the spaces, and everyone's clearance. */
    static final String PROTECTED = "PROTECTED_A";

    /** The lowest level, below {@link #PROTECTED}. */
    static final String UNCLASSIFIED = "UNCLASSIFIED";

    /** How many spaces each busy person is in. */
    static final int BUSY_SPACES = 40;

    /** Every how many days a space's access review comes. */
    static final int REVIEW_INTERVAL = 90;

    private static final String[] TOPICS = {"data", "health", "climate", "housing", "fisheries", "borders", "tax",
        "pensions", "veterans", "wildfires", "transit", "energy", "literacy", "procurement", "cyber", "water",
        "agriculture", "tourism", "statistics", "justice", "immigration", "forestry", "ports", "broadband",
        "nutrition", "archives", "museums", "grants", "oceans", "mining", "aviation", "rail", "elections",
        "accessibility", "youth", "seniors", "languages", "heritage", "disasters", "science"};

    private static final int STRIDE = 7_919;

    private static final String ACTIVE = "ACTIVE";

    private final CrossAgencyOptions options;

    private final Population population;

    private final LocalDate today;

    private final Instant now;

    /**
     * @param options the counts
     * @param population the people, their agencies and units
     * @param now the kernel's time
     */
    SpacePopulation(CrossAgencyOptions options, Population population, Instant now)
    {
        this.options = options;
        this.population = population;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /**
     * @param space a space's index
     * @return its key
     */
    static String key(int space)
    {
        return "S" + space;
    }

    /**
     * @param n any number
     * @return a topic word, found in the names and purposes of some spaces
     */
    static String topic(int n)
    {
        return TOPICS[Math.floorMod(n, TOPICS.length)];
    }

    /**
     * @param busy a busy person's index
     * @return their user id
     */
    static String busyUserId(int busy)
    {
        return "busy" + busy;
    }

    /**
     * @return how many busy people there are: one per two clearance changes (down, then up again)
     */
    int busyPeople()
    {
        return this.options.clearanceChanges() / 2;
    }

    /**
     * @param space a space's index
     * @return its lead agency's index
     */
    int lead(int space)
    {
        return space % this.options.agencies();
    }

    /**
     * @param space a space's index
     * @param position a membership's position in it
     * @return the user id of who holds it
     */
    String memberOf(int space, int position)
    {
        return this.population.userId(personIndex(space, position));
    }

    /**
     * @param space a space's index
     * @return whether its label is {@link #PROTECTED}
     */
    boolean isProtected(int space)
    {
        return space / this.options.agencies() % 4 == 0;
    }

    /**
     * @return how many memberships the busy people add
     */
    int busyMemberships()
    {
        return busyPeople() * busySpaces();
    }

    /**
     * @return how many guests' end dates have passed
     */
    int endedGuests()
    {
        return (this.options.spaces() + 9) / 10;
    }

    /**
     * @return how many invitations went unanswered past their expiry
     */
    int expiredInvitations()
    {
        return (this.options.spaces() + 7) / 10;
    }

    /**
     * @return how many spaces are due for their access review today
     */
    int reviewsDue()
    {
        return (this.options.spaces() + REVIEW_INTERVAL - 1) / REVIEW_INTERVAL;
    }

    /**
     * Writes the spaces, their agencies, memberships and the clearances.
     *
     * @param dataSource the store's data source
     * @throws SQLException when a write fails
     */
    void load(DataSource dataSource) throws SQLException
    {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            loadSpaces(connection);
            loadMembers(connection);
            loadBusyPeople(connection);
            loadClearances(connection);
            connection.commit();
        }
    }

    private void loadSpaces(Connection connection) throws SQLException
    {
        try (PreparedStatement space = connection.prepareStatement("INSERT INTO gov_crossagency_space (space_key, "
            + "name_en, name_fr, purpose_en, purpose_fr, lead_agency, label, membership_policy, review_interval_days, "
            + "status, proposed_by, proposed_at, updated_at, next_review_day) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement agency = connection.prepareStatement("INSERT INTO gov_crossagency_agency (space_key, "
                + "agency_key, position, approval, decided_by, decided_at) VALUES (?, ?, ?, 'APPROVED', ?, ?)")) {
            String[] policies = {"OPEN", "REQUEST", "INVITE"};
            for (int i = 0; i < this.options.spaces(); i++) {
                String topic = topic(i);
                space.setString(1, key(i));
                space.setString(2, "Space " + i + ' ' + topic);
                space.setString(3, "Espace " + i + ' ' + topic);
                space.setString(4, "Working together on " + topic + " and " + topic(i * 7 + 3) + '.');
                space.setString(5, "Travailler ensemble : " + topic + " et " + topic(i * 7 + 3) + '.');
                space.setString(6, this.population.agencyKey(lead(i)));
                space.setString(7, isProtected(i) ? PROTECTED : UNCLASSIFIED);
                space.setString(8, policies[i % 3]);
                space.setInt(9, REVIEW_INTERVAL);
                space.setString(10, ACTIVE);
                space.setString(11, memberOf(i, 0));
                space.setLong(12, this.now.minus(Duration.ofDays(200)).toEpochMilli());
                space.setLong(13, this.now.toEpochMilli());
                space.setInt(14, (int) this.today.toEpochDay() + i % REVIEW_INTERVAL);
                space.addBatch();
                for (int position = 0; position < 2; position++) {
                    agency.setString(1, key(i));
                    agency.setString(2, this.population.agencyKey(lead(i) + position));
                    agency.setInt(3, position);
                    agency.setString(4, "system");
                    agency.setLong(5, this.now.toEpochMilli());
                    agency.addBatch();
                }
                if ((i + 1) % Population.BATCH == 0) {
                    space.executeBatch();
                    agency.executeBatch();
                }
            }
            space.executeBatch();
            agency.executeBatch();
        }
    }

    private void loadMembers(Connection connection) throws SQLException
    {
        int perSpace = this.options.perSpace();
        try (PreparedStatement insert = insertMember(connection)) {
            int rows = 0;
            for (int i = 0; i < this.options.spaces(); i++) {
                for (int position = 0; position < perSpace; position++) {
                    bindMember(insert, i, position, perSpace);
                    insert.addBatch();
                    if (++rows % Population.BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static PreparedStatement insertMember(Connection connection) throws SQLException
    {
        return connection.prepareStatement("INSERT INTO gov_crossagency_member (space_key, user_id, member_role, "
            + "member_state, since, agency_key, guest_end_day, guest_access, sponsor) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private void bindMember(PreparedStatement insert, int space, int position, int perSpace) throws SQLException
    {
        long since = this.now.minus(Duration.ofDays(100)).toEpochMilli();
        String role = position < 2 ? "STEWARD" : "MEMBER";
        String state = ACTIVE;
        Integer guestEnd = null;
        if (position == perSpace - 1) {
            state = "INVITED";
            since = this.now.minus(Duration.ofDays(space % 10 == 2 ? 20 : 1)).toEpochMilli();
        } else if (position >= perSpace - 3) {
            role = "GUEST";
            LocalDate end = this.today.plusDays(100);
            if (space % 10 == 0 && position == perSpace - 3) {
                end = this.today.minusDays(1);
            } else if (space % 10 == 1) {
                end = this.today.plusDays(7);
            }
            guestEnd = (int) end.toEpochDay();
        }
        insert.setString(1, key(space));
        insert.setString(2, memberOf(space, position));
        insert.setString(3, role);
        insert.setString(4, state);
        insert.setLong(5, since);
        insert.setString(6, this.population.agencyKey(personIndex(space, position)));
        if (guestEnd == null) {
            insert.setNull(7, Types.INTEGER);
            insert.setNull(8, Types.VARCHAR);
            insert.setNull(9, Types.VARCHAR);
        } else {
            insert.setInt(7, guestEnd);
            insert.setString(8, "READ");
            insert.setString(9, memberOf(space, 0));
        }
    }

    private void loadBusyPeople(Connection connection) throws SQLException
    {
        try (PreparedStatement membership = connection.prepareStatement(
            "INSERT INTO gov_membership (user_id, agency_key, unit_key, updated_at) VALUES (?, ?, ?, ?)");
            PreparedStatement insert = insertMember(connection)) {
            for (int busy = 0; busy < busyPeople(); busy++) {
                membership.setString(1, busyUserId(busy));
                membership.setString(2, this.population.agencyKey(0));
                membership.setString(3, this.population.unitKey(0));
                membership.setLong(4, this.now.toEpochMilli());
                membership.addBatch();
                for (int space : busySpacesOf(busy)) {
                    insert.setString(1, key(space));
                    insert.setString(2, busyUserId(busy));
                    insert.setString(3, "MEMBER");
                    insert.setString(4, ACTIVE);
                    insert.setLong(5, this.now.toEpochMilli());
                    insert.setString(6, this.population.agencyKey(0));
                    insert.setNull(7, Types.INTEGER);
                    insert.setNull(8, Types.VARCHAR);
                    insert.setNull(9, Types.VARCHAR);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            membership.executeBatch();
        }
    }

    /**
     * @param busy a busy person's index
     * @return the spaces they are in: spaces the first agency leads
     */
    List<Integer> busySpacesOf(int busy)
    {
        int led = this.options.spaces() / this.options.agencies();
        List<Integer> spaces = new ArrayList<>();
        for (int n = 0; n < busySpaces(); n++) {
            spaces.add(this.options.agencies() * ((busy * 7 + n) % led));
        }
        return spaces;
    }

    private int busySpaces()
    {
        return Math.min(BUSY_SPACES, this.options.spaces() / this.options.agencies());
    }

    private void loadClearances(Connection connection) throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO gov_clearance (user_id, clearance_level, updated_at) VALUES (?, ?, ?)")) {
            for (int index = 0; index < this.population.size() + busyPeople(); index++) {
                insert.setString(1, index < this.population.size() ? this.population.userId(index)
                    : busyUserId(index - this.population.size()));
                insert.setString(2, PROTECTED);
                insert.setLong(3, this.now.toEpochMilli());
                insert.addBatch();
                if ((index + 1) % Population.BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * The person holding a position: stewards and members of the two agencies in turn, guests of a third agency, the
     * invitee of the lead agency; distinct within a space.
     */
    private int personIndex(int space, int position)
    {
        int perSpace = this.options.perSpace();
        int agencyOffset;
        if (position == perSpace - 1) {
            agencyOffset = 0;
        } else if (position >= perSpace - 3) {
            agencyOffset = 2;
        } else {
            agencyOffset = position % 2;
        }
        int agencies = this.options.agencies();
        int perAgency = this.population.size() / agencies;
        int rank = (int) (((long) space * 31 + (long) position * STRIDE) % perAgency);
        return rank * agencies + (lead(space) + agencyOffset) % agencies;
    }
}
