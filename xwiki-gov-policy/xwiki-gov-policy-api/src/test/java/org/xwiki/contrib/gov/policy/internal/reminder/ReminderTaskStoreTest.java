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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.directory.ReportingLine;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.RecordingNotifier;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * Reminders and escalations with the clock moved forward, across a restart, and from two instances at once.
 * Defaults: reminders 7 and 1 days before the due date and on it, escalation after 3 overdue days.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ReminderTaskStoreTest extends AbstractKernelTest
{
    private static final String REMINDER = "gov.policy.mail.reminder.subject";

    private static final String ESCALATION = "gov.policy.mail.escalation.subject";

    private LocalDate due;

    @BeforeEach
    void publish() throws GovException
    {
        GovWorld.create(this.kernel);
        this.due = LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC).plusDays(10);
        publishSocial(this.kernel, content(), this.due);
    }

    private void runReminders(TestKernel kernel) throws GovException
    {
        kernel.<GovTask>get(GovTask.class, "policy-reminders").run();
    }

    private void moveTo(LocalDate day)
    {
        this.kernel.clock().set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void remindersGoOutOnTheirDaysOnceEachThenEscalationsToHr() throws Exception
    {
        RecordingNotifier notifier = this.kernel.notifier();
        runReminders(this.kernel);
        assertEquals(Map.of(), sent(notifier), "ten days before: nothing yet");

        moveTo(this.due.minusDays(7));
        runReminders(this.kernel);
        runReminders(this.kernel);
        assertEquals(Map.of("alice " + REMINDER, 1, "hana " + REMINDER, 1, "omar " + REMINDER, 1), sent(notifier));
        assertEquals(List.of("Social media policy", "Social media policy (fr)", this.due.toString(), SOCIAL, "7"),
            notifier.sent().get(0).parameters());

        this.kernel.get(AcknowledgementService.class).acknowledge(Persona.EMPLOYEE_OWN.actor(), SOCIAL, input(1));
        notifier.clear();
        moveTo(this.due.minusDays(3));
        runReminders(this.kernel);
        assertEquals(Map.of(), sent(notifier), "between two reminder days");

        moveTo(this.due);
        runReminders(this.kernel);
        assertEquals(Map.of("hana " + REMINDER, 1, "omar " + REMINDER, 1), sent(notifier),
            "on the due date, not to alice who acknowledged; the day-1 reminder was skipped as it is past");

        notifier.clear();
        moveTo(this.due.plusDays(2));
        runReminders(this.kernel);
        assertEquals(Map.of(), sent(notifier), "two days overdue: no escalation yet");
        moveTo(this.due.plusDays(3));
        runReminders(this.kernel);
        runReminders(this.kernel);
        assertEquals(Map.of("hana " + ESCALATION, 2), sent(notifier), "HEALTH's HR officer hears of hana and omar");
    }

    @Test
    void anEscalationGoesToTheManagerWhenTheReportingLineKnowsOne() throws Exception
    {
        ReportingLine managers = userId -> "omar".equals(userId) ? Optional.of("alice") : Optional.empty();
        this.kernel.register(ReportingLine.class, "default", managers);
        moveTo(this.due.plusDays(3));
        runReminders(this.kernel);

        Map<String, Integer> escalations = new TreeMap<>(sent(this.kernel.notifier()));
        escalations.keySet().removeIf(key -> key.endsWith(REMINDER));
        assertEquals(Map.of("alice " + ESCALATION, 1, "hana " + ESCALATION, 2), escalations);
    }

    @Test
    void aFailedSendingIsRetriedAndARestartSendsNothingTwice() throws Exception
    {
        moveTo(this.due.minusDays(7));
        this.kernel.notifier().setFailing(true);
        runReminders(this.kernel);
        this.kernel.notifier().setFailing(false);
        assertEquals(Map.of(), sent(this.kernel.notifier()));
        runReminders(this.kernel);
        assertEquals(3, this.kernel.notifier().sent().size(), "sent on the next run");

        RecordingNotifier shared = this.kernel.notifier();
        this.kernel.close();
        this.kernel = TestKernel.start(this.database, this.folder, shared);
        moveTo(this.due.minusDays(7));
        runReminders(this.kernel);
        assertEquals(3, shared.sent().size(), "nothing sent twice after the restart");
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception
    {
        RecordingNotifier shared = this.kernel.notifier();
        try (TestKernel second = TestKernel.start(this.database, this.folder, shared)) {
            moveTo(this.due.minusDays(7));
            second.clock().set(this.kernel.clock().instant());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> runs = List.of(this.kernel, second).stream().map(instance -> pool.submit(() -> {
                start.await();
                runReminders(instance);
                return null;
            })).toList();
            start.countDown();
            for (Future<Object> run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
        assertEquals(Map.of("alice " + REMINDER, 1, "hana " + REMINDER, 1, "omar " + REMINDER, 1), sent(shared));
    }

    @Test
    void laterJoinersAreAssignedAndLeaversWithdrawn() throws Exception
    {
        this.kernel.directory().addUser("newhire", "New Hire");
        this.kernel.get(MembershipService.class).assign(
            Actor.system(),
            new Membership("newhire", GovWorld.OWN, Optional.empty()));
        this.kernel.get(MembershipService.class).assign(
            Actor.system(),
            new Membership("alice", GovWorld.OTHER, Optional.empty()));
        moveTo(this.due.minusDays(8));
        this.kernel.<GovTask>get(GovTask.class, "policy-audiences").run();
        this.kernel.<GovTask>get(GovTask.class, "policy-audiences").run();

        AcknowledgementService acknowledgements = this.kernel.get(AcknowledgementService.class);
        Assignment joined = acknowledgements.getMyAssignments(
            Actor.user("newhire", "New Hire", Locale.ENGLISH)).get(0)
            .assignment();
        assertEquals(this.due.minusDays(8).plusDays(14), joined.dueDate(), "fourteen grace days from joining");
        assertEquals(List.of(), acknowledgements.getMyAssignments(Persona.EMPLOYEE_OWN.actor()), "alice left");
        assertEquals(new ComplianceCounts(3, 0, 3, 0, 0),
            this.kernel.get(ComplianceService.class)
                .getReport(Persona.HR_OWN.actor(), SOCIAL, Optional.empty()).total());
    }

    private static Map<String, Integer> sent(RecordingNotifier notifier)
    {
        Map<String, Integer> counts = new TreeMap<>();
        for (Notification notification : notifier.sent()) {
            counts.merge(notification.recipientId() + ' ' + notification.subjectKey(), 1, Integer::sum);
        }
        return counts;
    }
}
