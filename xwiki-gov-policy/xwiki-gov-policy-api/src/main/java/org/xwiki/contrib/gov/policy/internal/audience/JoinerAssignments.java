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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.internal.PolicyConfiguration;
import org.xwiki.contrib.gov.policy.internal.store.AudienceMember;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;

/**
 * Assigns a guideline's current major version to people who joined its audience after it was published, due after
 * the guideline's grace period for joiners: counted in the tally and audited in the caller's transaction.
 *
 * @version $Id$
 */
@Component(roles = JoinerAssignments.class)
@Singleton
public class JoinerAssignments
{
    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private Provider<PolicyWrites> writes;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PolicyConfiguration configuration;

    @Inject
    private Clock clock;

    /**
     * @param connection the transaction's connection, in which the guideline is locked
     * @param guideline the guideline, active with a published major version
     * @param joiners the people to assign, none of whom has an assignment of that version
     * @throws SQLException when the database fails
     * @throws GovException when the audit log fails
     */
    public void assign(Connection connection, Guideline guideline, List<AudienceMember> joiners)
        throws SQLException, GovException
    {
        if (joiners.isEmpty()) {
            return;
        }
        String key = guideline.key();
        int major = guideline.currentMajor();
        LocalDate due = this.configuration.today().plusDays(guideline.joinerGraceDays());
        this.assignments.insert(connection, joiners, key, major, this.clock.instant(), due);
        TreeMap<TallyKey, Long> deltas = new TreeMap<>();
        for (AudienceMember joiner : joiners) {
            deltas.merge(new TallyKey(key, major, joiner.agencyKey(), joiner.unitKey().orElse(""),
                (int) due.toEpochDay(), AssignmentState.PENDING), 1L, Long::sum);
            this.auditLog.appendDeferred(Actor.system(), "policy.assignment.added",
                Map.of("guideline", key, "version", major, "user", joiner.userId(), "dueDate", due.toString()));
        }
        this.writes.get().addToTally(connection, deltas);
    }
}
