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
package org.xwiki.contrib.gov.policy.internal.reminder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.directory.ReportingLine;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.internal.PolicyConfiguration;
import org.xwiki.contrib.gov.policy.internal.content.VersionCache;
import org.xwiki.contrib.gov.policy.internal.store.CurrentAssignment;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Sends the reminders due (on the configured days before the due date, and on it) and the escalations of overdue
 * assignments (to the person's manager when the profiles know one, else to the HR officers of their agency). Each
 * message is claimed and sent in one transaction: claimed twice, it goes out once, whatever the restarts and the
 * number of processes; when sending fails, the claim is rolled back and the next run tries again.
 *
 * @version $Id$
 */
@Component
@Named("policy-reminders")
@Singleton
public class ReminderTask implements GovTask
{
    /** The slot of escalations. */
    public static final String ESCALATION = "escalation";

    private static final int BATCH = 500;

    private static final String GUIDELINE = "guideline";

    @Inject
    private GovStore store;

    @Inject
    private JdbcReminderStore reminders;

    @Inject
    private VersionCache versions;

    @Inject
    private PolicyConfiguration configuration;

    @Inject
    private Notifier notifier;

    @Inject
    private WikiDirectory directory;

    @Inject
    private RoleService roles;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ComponentManager componentManager;

    @Inject
    private Clock clock;

    @Inject
    private Logger logger;

    @Override
    public Duration getInterval()
    {
        return Duration.ofMinutes(5);
    }

    @Override
    public void run() throws GovException
    {
        LocalDate today = this.configuration.today();
        List<Integer> days = this.configuration.getReminderDays();
        for (int index = 0; index < days.size(); index++) {
            int before = days.get(index);
            int next = index + 1 < days.size() ? days.get(index + 1) : -1;
            // Sent while the due date is more than `next` and at most `before` days away.
            sendAll("before-" + before, today.plusDays(next + 1L), today.plusDays(before), today);
        }
        sendAll(ESCALATION, LocalDate.EPOCH, today.minusDays(this.configuration.getEscalationDays()), today);
    }

    private void sendAll(String slot, LocalDate firstDue, LocalDate lastDue, LocalDate today) throws GovException
    {
        List<CurrentAssignment> candidates;
        do {
            candidates = this.store.inTransaction(
                connection -> this.reminders.findDue(connection, slot, firstDue, lastDue, BATCH));
            int sent = 0;
            for (CurrentAssignment candidate : candidates) {
                if (send(slot, candidate, today)) {
                    sent++;
                }
            }
            if (sent == 0) {
                // Everything found was claimed meanwhile, or failed: leave it to the next run.
                return;
            }
        } while (candidates.size() == BATCH);
    }

    private boolean send(String slot, CurrentAssignment candidate, LocalDate today)
    {
        try {
            return this.store.inTransaction(connection -> {
                if (!this.reminders.claim(connection, candidate.assignment().id(), slot, this.clock.instant())) {
                    return false;
                }
                GuidelineVersion version =
                    this.versions.get(connection, candidate.assignment().guidelineKey(), candidate.currentVersion());
                if (ESCALATION.equals(slot)) {
                    escalate(connection, candidate.assignment(), version, today);
                } else {
                    this.notifier.send(new Notification(candidate.assignment().userId(),
                        "gov.policy.mail.reminder.subject", "gov.policy.mail.reminder.body",
                        parameters(candidate.assignment(), version, today)));
                }
                return true;
            });
        } catch (GovException e) {
            this.logger.warn("Reminder {} for assignment {} not sent, retried next run: {}", slot,
                candidate.assignment().id(), e.getMessage());
            return false;
        }
    }

    private void escalate(Connection connection, Assignment assignment, GuidelineVersion version, LocalDate today)
        throws GovException, SQLException
    {
        Set<String> recipients = new LinkedHashSet<>();
        manager(assignment.userId()).ifPresent(recipients::add);
        if (recipients.isEmpty()) {
            for (RoleGrant grant : this.roles.listGrants(Optional.of(assignment.agencyKey()))) {
                if (grant.role() == GovRole.HR_OFFICER) {
                    recipients.add(grant.userId());
                }
            }
        }
        List<String> parameters = new ArrayList<>(parameters(assignment, version, today));
        parameters.add(this.directory.getDisplayName(assignment.userId()).orElse(assignment.userId()));
        parameters.add(assignment.userId());
        for (String recipient : recipients) {
            this.notifier.send(new Notification(recipient, "gov.policy.mail.escalation.subject",
                "gov.policy.mail.escalation.body", parameters));
        }
        this.auditLog.appendDeferred(Actor.system(), "policy.assignment.escalated", Map.of(GUIDELINE,
            assignment.guidelineKey(), "user", assignment.userId(), "recipients", List.copyOf(recipients)));
    }

    private Optional<String> manager(String userId)
    {
        if (!this.componentManager.hasComponent(ReportingLine.class)) {
            return Optional.empty();
        }
        try {
            return this.componentManager.<ReportingLine>getInstance(ReportingLine.class).getManager(userId);
        } catch (ComponentLookupException e) {
            this.logger.warn("Cannot ask the reporting line for the manager of {}", userId, e);
            return Optional.empty();
        }
    }

    private static List<String> parameters(Assignment assignment, GuidelineVersion version, LocalDate today)
    {
        return List.of(version.content().title().english(), version.content().title().french(),
            assignment.dueDate().toString(), assignment.guidelineKey(),
            String.valueOf(Math.abs(ChronoUnit.DAYS.between(today, assignment.dueDate()))));
    }
}
