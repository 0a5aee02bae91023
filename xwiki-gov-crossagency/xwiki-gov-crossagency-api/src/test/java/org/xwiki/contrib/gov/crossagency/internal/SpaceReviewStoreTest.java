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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.crossagency.AccessReview;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.ReviewItem;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceReviewService;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Access reviews on H2 and PostgreSQL: opened by the sweep every interval with the stewards told, confirmed by
 * stewards, closed at the deadline with whoever is unconfirmed suspended, and reinstated by a steward; each step once.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceReviewStoreTest extends AbstractSpaceStoreTest
{
    @Test
    void aReviewOpensEveryIntervalAndSuspendsWhoeverIsNotConfirmedByItsDeadline() throws Exception
    {
        SpaceReviewService reviews = this.kernel.get(SpaceReviewService.class);
        active("REVIEWED", MembershipPolicy.OPEN);
        this.members.join(HANA, "REVIEWED");
        this.members.join(RAJ, "REVIEWED");
        this.members.sponsorGuest(ALICE, "REVIEWED", "ada", today().plusDays(170), GuestAccess.READ);

        sweepTwice();
        assertEquals(Optional.empty(), reviews.getOpenReview(ALICE, "REVIEWED"), "not due before 90 days");
        this.kernel.clock().advance(Duration.ofDays(90));
        sweepTwice();
        AccessReview review = reviews.getOpenReview(ALICE, "REVIEWED").orElseThrow();
        assertEquals(List.of("ada", "hana", "raj"), review.items().stream().map(ReviewItem::userId).toList(),
            "members and guests, not stewards");
        assertEquals(today().plusDays(14), review.deadline());
        assertEquals(List.of("alice", "bob"), mailed("gov.crossagency.mail.review.subject"), "each steward, once");
        assertThrows(AccessDeniedException.class, () -> reviews.getOpenReview(HANA, "REVIEWED"), "stewards only");

        reviews.confirm(ALICE, "REVIEWED", "hana");
        assertEquals(2, reviews.confirm(BOB, "REVIEWED", "ada").confirmedCount());
        assertEquals(2, reviews.confirm(BOB, "REVIEWED", "ada").confirmedCount(), "confirming twice is once");
        assertRefused("gov.crossagency.error.notInReview", () -> reviews.confirm(BOB, "REVIEWED", "alice"));

        this.kernel.clock().advance(Duration.ofDays(15));
        sweepTwice();
        assertEquals(Optional.empty(), reviews.getOpenReview(ALICE, "REVIEWED"), "closed, and not due again yet");
        List<SpaceMember> suspended = reviews.getSuspended(BOB, "REVIEWED");
        assertEquals(List.of("raj"), userIds(suspended));
        assertEquals(Optional.of(DefaultSpaceReviewService.NOT_CONFIRMED), suspended.get(0).reason());
        assertEquals(List.of("alice", "bob"), mailed("gov.crossagency.mail.reviewClosed.subject"));

        assertRefused("gov.crossagency.error.notSuspendedByReview",
            () -> reviews.reinstate(BOB, "REVIEWED", "hana"));
        assertThrows(AccessDeniedException.class, () -> reviews.reinstate(HANA, "REVIEWED", "raj"));
        assertEquals(MemberState.ACTIVE, reviews.reinstate(BOB, "REVIEWED", "raj").state());

        this.kernel.clock().advance(Duration.ofDays(75));
        sweepTwice();
        assertEquals(List.of("hana", "raj"), reviews.getOpenReview(ALICE, "REVIEWED").orElseThrow().items().stream()
            .map(ReviewItem::userId).toList(), "the next review, one interval later; the guest's access has ended");
    }

    private LocalDate today()
    {
        return LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
    }

    private void sweepTwice() throws Exception
    {
        for (int run = 0; run < 2; run++) {
            this.kernel.<GovTask>get(GovTask.class, "crossagency-sweep").run();
            this.kernel.<GovTask>get(GovTask.class, "crossagency-notices").run();
        }
    }

    private List<String> mailed(String subjectKey)
    {
        return this.kernel.notifier().sent().stream().filter(sent -> sent.subjectKey().equals(subjectKey))
            .map(Notification::recipientId).sorted().toList();
    }
}
