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
package org.xwiki.contrib.gov.policy.internal.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;

/**
 * Moves the assignments of a person who changes agency or unit to their new home, with the counters they count in, in
 * the transaction that moves them: rights on a person's assignments, compliance figures, overdue lists and exports
 * all follow the person's current home agency (HR of the agency they left no longer act on them, HR of the agency
 * they joined do). Acknowledgements keep the day and agency they were counted under in the trend chart.
 *
 * @version $Id$
 */
@Component
@Named("policy")
@Singleton
public class PolicyMembershipListener implements MembershipListener
{
    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private Provider<PolicyWrites> writes;

    @Override
    public void membershipsChanged(Connection connection, List<Membership> memberships, long time)
        throws SQLException
    {
        Map<String, Membership> homes = memberships.stream()
            .collect(Collectors.toMap(Membership::userId, Function.identity(), (first, last) -> last));
        List<Assignment> moved = new ArrayList<>();
        TreeMap<TallyKey, Long> deltas = new TreeMap<>();
        for (Assignment assignment : this.assignments.lockOfPeople(connection, homes.keySet())) {
            Membership home = homes.get(assignment.userId());
            if (home.agencyKey().equals(assignment.agencyKey()) && home.unitKey().equals(assignment.unitKey())) {
                continue;
            }
            Assignment there = new Assignment(assignment.id(), assignment.guidelineKey(), assignment.majorVersion(),
                assignment.userId(), home.agencyKey(), home.unitKey(), assignment.assignedAt(),
                assignment.dueDate(), assignment.state(), assignment.reason());
            deltas.merge(TallyKey.of(assignment), -1L, Long::sum);
            deltas.merge(TallyKey.of(there), 1L, Long::sum);
            moved.add(there);
        }
        this.assignments.moveHomes(connection, moved);
        this.writes.get().addToTally(connection, deltas);
    }
}
