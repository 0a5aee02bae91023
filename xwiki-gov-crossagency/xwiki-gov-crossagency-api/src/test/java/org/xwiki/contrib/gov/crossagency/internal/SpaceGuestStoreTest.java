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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.task.CrossAgencySweepTask;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.RecordingNotifier;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Guests and the background sweep on H2 and PostgreSQL: sponsoring and renewing within the rules, a guest seeing the
 * stewards only, invitations expiring, guests ending and their sponsors warned, each exactly once across runs,
 * restarts and two processes on one database.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceGuestStoreTest extends AbstractSpaceStoreTest
{
    private LocalDate today()
    {
        return LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
    }

    @Test
    void aStewardSponsorsAGuestWhoSeesTheStewardsOnlyAndRenewsThem() throws Exception
    {
        active("GUESTED", MembershipPolicy.OPEN);
        this.members.join(HANA, "GUESTED");

        assertRefused("gov.crossagency.error.guestOfParticipatingAgency",
            () -> this.members.sponsorGuest(ALICE, "GUESTED", "hana", today().plusDays(30), GuestAccess.READ));
        assertRefused("gov.crossagency.error.guestEndPast",
            () -> this.members.sponsorGuest(ALICE, "GUESTED", "ada", today(), GuestAccess.READ));
        assertRefused("gov.crossagency.error.guestEndTooFar",
            () -> this.members.sponsorGuest(ALICE, "GUESTED", "ada", today().plusDays(181), GuestAccess.READ));
        assertRefused("gov.core.error.user.unknown",
            () -> this.members.sponsorGuest(ALICE, "GUESTED", "nobody", today().plusDays(30), GuestAccess.READ));
        assertThrows(AccessDeniedException.class,
            () -> this.members.sponsorGuest(HANA, "GUESTED", "ada", today().plusDays(30), GuestAccess.READ),
            "members do not sponsor");

        SpaceMember guest = this.members.sponsorGuest(ALICE, "GUESTED", "ada", today().plusDays(30),
            GuestAccess.CONTRIBUTE);
        assertEquals(MemberRole.GUEST, guest.role());
        assertEquals("alice", guest.guest().orElseThrow().sponsorId());
        assertRefused("gov.crossagency.error.alreadyIn",
            () -> this.members.sponsorGuest(BOB, "GUESTED", "ada", today().plusDays(30), GuestAccess.READ));
        assertEquals(List.of("alice", "bob"), userIds(this.members.getMembers(ADA, "GUESTED")),
            "a guest sees the stewards only");
        assertEquals(List.of("alice", "bob", "hana", "ada"), userIds(this.members.getMembers(HANA, "GUESTED")),
            "members see the guest, last");

        SpaceMember renewed = this.members.renewGuest(BOB, "GUESTED", "ada", today().plusDays(90));
        assertEquals(today().plusDays(90), renewed.guest().orElseThrow().endDate());
        assertEquals(today().plusDays(90), member("GUESTED", "ada").guest().orElseThrow().endDate());
        assertEquals(GuestAccess.CONTRIBUTE, member("GUESTED", "ada").guest().orElseThrow().access());
        assertRefused("gov.crossagency.error.notGuest",
            () -> this.members.renewGuest(BOB, "GUESTED", "hana", today().plusDays(90)));
        assertEquals(MemberState.LEFT, this.members.leave(ADA, "GUESTED").state(), "a guest may leave");
    }

    @Test
    void theSweepExpiresInvitationsEndsGuestsAndWarnsSponsorsOnce() throws Exception
    {
        active("SWEPT", MembershipPolicy.INVITE);
        this.members.invite(ALICE, "SWEPT", "hana");
        this.members.sponsorGuest(ALICE, "SWEPT", "ada", today().plusDays(20), GuestAccess.READ);

        sweep(this.kernel);
        assertEquals(List.of(), warned(this.kernel.notifier()), "20 days away: not yet");
        this.kernel.clock().advance(Duration.ofDays(7));
        this.kernel.notifier().setFailing(true);
        sweep(this.kernel);
        this.kernel.notifier().setFailing(false);
        assertEquals(List.of(), warned(this.kernel.notifier()), "the mail server is down");
        sweep(this.kernel);
        sweep(this.kernel);
        assertEquals(List.of("alice"), warned(this.kernel.notifier()), "13 days away: the sponsor is warned, once");

        this.kernel.clock().advance(Duration.ofDays(8));
        sweep(this.kernel);
        assertEquals(MemberState.EXPIRED, member("SWEPT", "hana").state(), "15 days unanswered");
        assertEquals(MemberState.ACTIVE, member("SWEPT", "ada").state(), "the guest's last day is not past yet");

        this.members.renewGuest(BOB, "SWEPT", "ada", today().plusDays(10));
        sweep(this.kernel);
        assertEquals(List.of("alice", "alice"), warned(this.kernel.notifier()),
            "renewed: warned again before the new end");
        this.kernel.clock().advance(Duration.ofDays(11));
        sweep(this.kernel);
        SpaceMember ended = member("SWEPT", "ada");
        assertEquals(MemberState.EXPIRED, ended.state());
        assertEquals(Optional.of(CrossAgencySweepTask.GUEST_ENDED), ended.reason());
        assertThrows(NotFoundException.class, () -> this.spaces.get(ADA, "SWEPT"), "nothing left to see");
        AuditLog auditLog = this.kernel.get(AuditLog.class);
        auditLog.chainPending(100);
        assertEquals(1, countRecords(auditLog, "crossagency.guest.ended"));
        assertEquals(1, countRecords(auditLog, "crossagency.member.invitationExpired"));
    }

    @Test
    void aRestartAndTwoProcessesSweepEachChangeOnce() throws Exception
    {
        active("TWICE", MembershipPolicy.INVITE);
        for (String invitee : List.of("hana", "omar")) {
            this.members.invite(ALICE, "TWICE", invitee);
        }
        this.members.sponsorGuest(ALICE, "TWICE", "ada", today().plusDays(10), GuestAccess.READ);
        RecordingNotifier shared = this.kernel.notifier();
        this.kernel.close();
        this.kernel = TestKernel.start(this.database, this.folder, shared);
        this.kernel.clock().advance(Duration.ofDays(15));

        try (TestKernel second = TestKernel.start(this.database, this.folder, shared)) {
            second.clock().set(this.kernel.clock().instant());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> runs = List.of(this.kernel, second).stream().map(instance -> pool.submit(() -> {
                start.await();
                sweep(instance);
                return null;
            })).toList();
            start.countDown();
            for (Future<Object> run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
        AuditLog auditLog = this.kernel.get(AuditLog.class);
        auditLog.chainPending(100);
        assertEquals(2, countRecords(auditLog, "crossagency.member.invitationExpired"));
        assertEquals(1, countRecords(auditLog, "crossagency.guest.ended"));
        assertEquals(List.of(), warned(shared), "a guest already ended needs no warning");
    }

    private static void sweep(TestKernel kernel) throws Exception
    {
        kernel.<GovTask>get(GovTask.class, "crossagency-sweep").run();
        kernel.<GovTask>get(GovTask.class, "crossagency-notices").run();
    }

    private static List<String> warned(RecordingNotifier notifier)
    {
        return notifier.sent().stream().filter(sent -> sent.subjectKey().equals(
            "gov.crossagency.mail.guestEnding.subject")).map(Notification::recipientId).toList();
    }

    private SpaceMember member(String key, String userId) throws Exception
    {
        return this.kernel.get(GovStore.class).inTransaction(connection -> this.kernel.get(JdbcSpaceMemberStore.class)
            .find(connection, key, userId, false)).orElseThrow();
    }

    private long countRecords(AuditLog auditLog, String type) throws Exception
    {
        long total = auditLog.verify().recordsChecked();
        return auditLog.read(1, (int) total).stream().filter(record -> record.type().equals(type)).count();
    }
}
