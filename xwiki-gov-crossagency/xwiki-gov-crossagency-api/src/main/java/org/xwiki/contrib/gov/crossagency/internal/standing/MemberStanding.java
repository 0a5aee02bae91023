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
package org.xwiki.contrib.gov.crossagency.internal.standing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.internal.RightsPublisher;
import org.xwiki.contrib.gov.crossagency.internal.SpaceNotices;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;

/**
 * Whether people still meet the conditions of the spaces they are in, once their home agency or clearance changed:
 * their home agency takes part in the space (guests excepted), and their clearance covers its label. A membership
 * that stops meeting them is suspended with the cause as its reason; one suspended for such a cause is active again
 * once every condition holds (a suspension decided by a person, a failed review for one, is left to a steward). One
 * who moves between two of a space's agencies counts for the new one. Runs inside the transaction of the change,
 * audited through the deferred queue.
 *
 * @version $Id$
 */
@Component(roles = MemberStanding.class)
@Singleton
public class MemberStanding
{
    /** The cause of a suspension for a move out of the space's agencies. */
    public static final String AGENCY_LEFT = "gov.crossagency.suspension.agencyLeft";

    /** The cause of a suspension for a clearance below the space's label. */
    public static final String BELOW_LABEL = "gov.crossagency.suspension.belowLabel";

    /** The reason a membership ended when HR recorded the person's departure from the public service. */
    public static final String DEPARTED = "gov.crossagency.removal.departed";

    private static final Set<String> AUTOMATIC = Set.of(AGENCY_LEFT, BELOW_LABEL);

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private MembershipService homes;

    @Inject
    private ClearanceService clearances;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SpaceNotices notices;

    @Inject
    private RightsPublisher rights;

    /**
     * @param connection the transaction of the change
     * @param changedHomes the new home agency of people who moved (empty otherwise)
     * @param changedClearances the new clearance of people whose clearance changed (empty otherwise)
     * @param time when, epoch milliseconds
     * @param eventType the audit event type of the memberships changed
     * @throws SQLException when a statement fails, or the homes, clearances or audit cannot be read or written
     */
    public void reevaluate(Connection connection, Map<String, String> changedHomes,
        Map<String, String> changedClearances, long time, String eventType) throws SQLException
    {
        Set<String> userIds = new TreeSet<>(changedHomes.keySet());
        userIds.addAll(changedClearances.keySet());
        List<SpaceMember> inForce = this.members.lockInForce(connection, userIds);
        if (inForce.isEmpty()) {
            return;
        }
        List<String> keys = inForce.stream().map(SpaceMember::spaceKey).distinct().toList();
        Map<String, List<String>> agencies = this.spaces.findAgencies(connection, keys);
        Map<String, String> labels = this.spaces.findLabels(connection, keys);
        Map<String, Optional<String>> home = new HashMap<>();
        Map<String, String> clearance = new HashMap<>(changedClearances);
        List<Map<String, Object>> records = new ArrayList<>();
        try {
            for (SpaceMember member : inForce) {
                String userId = member.userId();
                if (!home.containsKey(userId)) {
                    home.put(userId, Optional.ofNullable(changedHomes.get(userId))
                        .or(() -> currentHome(userId)));
                }
                if (!clearance.containsKey(userId)) {
                    clearance.put(userId, this.clearances.get(userId));
                }
                Optional<String> cause = cause(member.role(), home.get(userId),
                    agencies.getOrDefault(member.spaceKey(), List.of()), clearance.get(userId),
                    labels.get(member.spaceKey()));
                Optional<SpaceMember> changed = next(member, cause, home.get(userId), time);
                if (changed.isPresent()) {
                    this.members.update(connection, changed.get());
                    records.add(record(changed.get()));
                    this.rights.changed(member.spaceKey(), List.of(userId));
                    if (changed.get().state() == MemberState.SUSPENDED && member.state() == MemberState.ACTIVE) {
                        tellStewards(connection, changed.get());
                    }
                }
            }
            if (!records.isEmpty()) {
                this.auditLog.appendDeferred(Actor.system(), eventType, records);
            }
        } catch (GovException | IllegalStateException e) {
            throw new SQLException("The cross-agency memberships could not be re-evaluated", e);
        }
    }

    /**
     * Ends every membership, invitation and request of people who left the public service.
     *
     * @param connection the transaction of the departure
     * @param userIds the people who left
     * @param time when, epoch milliseconds
     * @throws SQLException when a statement fails, or the audit cannot be written
     */
    public void end(Connection connection, List<String> userIds, long time) throws SQLException
    {
        List<Map<String, Object>> records = new ArrayList<>();
        for (SpaceMember member : this.members.lockInStates(connection, userIds, List.of(MemberState.ACTIVE,
            MemberState.SUSPENDED, MemberState.INVITED, MemberState.REQUESTED))) {
            SpaceMember ended = withState(member, MemberState.LEFT, Optional.of(DEPARTED), time, member.agencyKey());
            this.members.update(connection, ended);
            records.add(record(ended));
            this.rights.changed(member.spaceKey(), List.of(member.userId()));
        }
        if (!records.isEmpty()) {
            try {
                this.auditLog.appendDeferred(Actor.system(), "crossagency.member.departed", records);
            } catch (GovException e) {
                throw new SQLException("The departures from cross-agency spaces could not be audited", e);
            }
        }
    }

    /** Tells a space's stewards that one of its people is suspended, and why. */
    private void tellStewards(Connection connection, SpaceMember suspended) throws SQLException
    {
        String reason = suspended.reason().orElse(AGENCY_LEFT);
        this.notices.tellStewards(connection, suspended.spaceKey(),
            "suspended." + reason.substring(reason.lastIndexOf('.') + 1), this.notices.name(suspended.userId()));
    }

    private Optional<String> currentHome(String userId)
    {
        try {
            return this.homes.get(userId).map(Membership::agencyKey);
        } catch (GovException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> cause(MemberRole role, Optional<String> home, List<String> agencies, String clearance,
        String label)
    {
        // A guest is from outside the space's agencies by definition: only the clearance applies.
        if (role != MemberRole.GUEST && (home.isEmpty() || !agencies.contains(home.get()))) {
            return Optional.of(AGENCY_LEFT);
        }
        return this.clearances.covers(clearance, label) ? Optional.empty() : Optional.of(BELOW_LABEL);
    }

    private static Optional<SpaceMember> next(SpaceMember member, Optional<String> cause, Optional<String> home,
        long time)
    {
        boolean automatic = member.state() == MemberState.SUSPENDED && member.reason().filter(AUTOMATIC::contains)
            .isPresent();
        Optional<String> agency = home.isPresent() ? home : member.agencyKey();
        if (member.state() == MemberState.ACTIVE && cause.isPresent()
            || automatic && cause.isPresent() && !cause.equals(member.reason())) {
            return Optional.of(withState(member, MemberState.SUSPENDED, cause, time, agency));
        }
        if (automatic && cause.isEmpty()) {
            return Optional.of(withState(member, MemberState.ACTIVE, Optional.empty(), time, agency));
        }
        if (member.state() == MemberState.ACTIVE && !member.agencyKey().equals(agency)) {
            return Optional.of(withState(member, MemberState.ACTIVE, member.reason(), time, agency));
        }
        return Optional.empty();
    }

    private static SpaceMember withState(SpaceMember member, MemberState state, Optional<String> reason, long time,
        Optional<String> agencyKey)
    {
        return member.changed(state, Instant.ofEpochMilli(time), agencyKey, Optional.empty(), reason);
    }

    private static Map<String, Object> record(SpaceMember member)
    {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("space", member.spaceKey());
        record.put("user", member.userId());
        record.put("agency", member.agencyKey().orElse(""));
        record.put("state", member.state().name());
        record.put("reason", member.reason().orElse(""));
        return record;
    }
}
