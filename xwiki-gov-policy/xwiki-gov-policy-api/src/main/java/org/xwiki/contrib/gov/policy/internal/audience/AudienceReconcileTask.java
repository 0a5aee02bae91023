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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Keeps the assignments of each guideline's current major version in step with its audience: people who joined it
 * (new hires, transfers, new group members) are assigned with a due date the guideline's grace days away; people who
 * left it have their pending assignment withdrawn. One guideline at a time, under its row lock, so that processes
 * sharing a database do not assign anyone twice.
 *
 * @version $Id$
 */
@Component
@Named("policy-audiences")
@Singleton
public class AudienceReconcileTask implements GovTask
{
    private static final String GUIDELINE = "guideline";

    private static final String USER = "user";

    @Inject
    private GovStore store;

    @Inject
    private JdbcGuidelineStore guidelines;

    @Inject
    private JdbcAssignmentStore assignments;

    @Inject
    private Provider<PolicyWrites> writes;

    @Inject
    private AudienceResolver audiences;

    @Inject
    private JoinerAssignments joiners;

    @Inject
    private AuditLog auditLog;

    @Override
    public Duration getInterval()
    {
        return Duration.ofMinutes(10);
    }

    @Override
    public void run() throws GovException
    {
        for (Guideline guideline : this.store.inTransaction(this.guidelines::listAll)) {
            if (guideline.status() == GuidelineStatus.ACTIVE && guideline.currentMajor() > 0) {
                this.store.inTransaction(connection -> {
                    reconcile(connection, guideline.key());
                    return null;
                });
            }
        }
    }

    private void reconcile(Connection connection, String key) throws SQLException, GovException
    {
        Optional<Guideline> locked = this.guidelines.find(connection, key, true);
        if (locked.isEmpty() || locked.get().status() != GuidelineStatus.ACTIVE) {
            return;
        }
        Guideline guideline = locked.get();
        int major = guideline.currentMajor();
        this.audiences.resolve(connection, key, this.guidelines.readAudience(connection, key));
        this.joiners.assign(connection, guideline,
            this.assignments.findJoiners(connection, key, major, guideline.agencyKey()));
        TreeMap<TallyKey, Long> deltas = new TreeMap<>();
        for (Assignment leaver : this.assignments.lockLeavers(connection, key, major, guideline.agencyKey())) {
            Assignment withdrawn = new Assignment(leaver.id(), key, major, leaver.userId(), leaver.agencyKey(),
                leaver.unitKey(), leaver.assignedAt(), leaver.dueDate(), AssignmentState.WITHDRAWN,
                Optional.of("left the audience"));
            this.assignments.update(connection, withdrawn);
            deltas.merge(TallyKey.of(leaver), -1L, Long::sum);
            deltas.merge(TallyKey.of(withdrawn), 1L, Long::sum);
            this.auditLog.appendDeferred(Actor.system(), "policy.assignment.withdrawn",
                Map.of(GUIDELINE, key, "version", major, USER, leaver.userId()));
        }
        this.writes.get().addToTally(connection, deltas);
    }
}
