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
package org.xwiki.contrib.gov.crossagency.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;

/**
 * People who move agency, inside the move's transaction: a membership of a space their new agency does not take part
 * in is suspended (the reason naming the cause), and one suspended for that cause is active again when they move back
 * to one of the space's agencies; one who moves between two of its agencies counts for the new one. Each change is
 * audited through the deferred queue, a chunk of an import at once.
 *
 * @version $Id$
 */
@Component
@Named("crossagency")
@Singleton
public class CrossAgencyMembershipListener implements MembershipListener
{
    /** The cause of a suspension for a move out of the space's agencies. */
    public static final String AGENCY_LEFT = "gov.crossagency.suspension.agencyLeft";

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private AuditLog auditLog;

    @Override
    public void membershipsChanged(Connection connection, List<Membership> memberships, long time)
        throws SQLException
    {
        Map<String, String> homes = new LinkedHashMap<>();
        memberships.forEach(membership -> homes.put(membership.userId(), membership.agencyKey()));
        List<SpaceMember> inForce = this.members.lockInForce(connection, homes.keySet());
        if (inForce.isEmpty()) {
            return;
        }
        Map<String, Set<String>> agencies =
            this.spaces.findAgencies(connection, inForce.stream().map(SpaceMember::spaceKey).toList());
        List<Map<String, Object>> records = new ArrayList<>();
        for (SpaceMember member : inForce) {
            String home = homes.get(member.userId());
            boolean participating = agencies.getOrDefault(member.spaceKey(), Set.of()).contains(home);
            Optional<SpaceMember> changed = Optional.empty();
            if (member.state() == MemberState.ACTIVE && !participating) {
                changed = Optional.of(withState(member, MemberState.SUSPENDED, Optional.of(AGENCY_LEFT), time,
                    Optional.of(home)));
            } else if (member.state() == MemberState.SUSPENDED && participating
                && member.reason().equals(Optional.of(AGENCY_LEFT))) {
                changed = Optional.of(withState(member, MemberState.ACTIVE, Optional.empty(), time, Optional.of(home)));
            } else if (member.state() == MemberState.ACTIVE && !member.agencyKey().equals(Optional.of(home))) {
                // A move between two of the space's agencies: the person now counts for their new agency.
                changed = Optional.of(withState(member, MemberState.ACTIVE, member.reason(), time, Optional.of(home)));
            }
            if (changed.isPresent()) {
                this.members.update(connection, changed.get());
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("space", member.spaceKey());
                record.put("user", member.userId());
                record.put("agency", home);
                record.put("state", changed.get().state().name());
                records.add(record);
            }
        }
        audit(records);
    }

    private void audit(List<Map<String, Object>> records) throws SQLException
    {
        if (records.isEmpty()) {
            return;
        }
        try {
            this.auditLog.appendDeferred(Actor.system(), "crossagency.member.agencyChanged", records);
        } catch (GovException e) {
            throw new SQLException("The audit records of cross-agency memberships could not be written", e);
        }
    }

    private static SpaceMember withState(SpaceMember member, MemberState state, Optional<String> reason, long time,
        Optional<String> agencyKey)
    {
        return new SpaceMember(member.spaceKey(), member.userId(), agencyKey, member.role(), state,
            Instant.ofEpochMilli(time), member.requestMessage(), Optional.empty(), reason);
    }
}
