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
package org.xwiki.contrib.gov.crossagency.internal.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.ReviewItem;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.internal.CrossAgencyConfiguration;
import org.xwiki.contrib.gov.crossagency.internal.DefaultSpaceReviewService;
import org.xwiki.contrib.gov.crossagency.internal.RightsPublisher;
import org.xwiki.contrib.gov.crossagency.internal.SpaceNotices;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcActivityStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcReviewStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The review part of the cross-agency sweep. A space whose review is due gets a review of its active members and
 * guests, with a deadline {@code gov.crossagency.reviewDays} days away (within its interval), and its stewards are
 * told; once the deadline has passed, whoever is still unconfirmed and active is suspended and the stewards are told.
 * Each opening and closing is claimed by a conditional update in the transaction that writes it, audits it and queues
 * its mails, so that it happens once whatever the restarts and processes.
 *
 * @version $Id$
 */
@Component(roles = ReviewSweep.class)
@Singleton
public class ReviewSweep
{
    private static final int BATCH = 200;

    private static final String SPACE = "space";

    private static final String REVIEW = "review";

    @Inject
    private JdbcActivityStore activity;

    @Inject
    private GovStore store;

    @Inject
    private JdbcReviewStore reviews;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SpaceNotices notices;

    @Inject
    private RightsPublisher rights;

    @Inject
    private Logger logger;

    /**
     * Opens the reviews due today.
     *
     * @param today today (UTC)
     * @param now the time
     * @throws GovException when the store fails
     */
    public void openDue(LocalDate today, Instant now) throws GovException
    {
        ClaimedBatches.untilDone(
            () -> this.store.inTransaction(connection -> this.reviews.findDueSpaces(connection, today, BATCH)),
            space -> open(space, today, now), BATCH);
    }

    private boolean open(JdbcReviewStore.DueSpace due, LocalDate today, Instant now)
    {
        try {
            return this.store.inTransaction(connection -> {
                if (!this.reviews.claimDue(connection, due, today.plusDays(due.intervalDays()))) {
                    return false;
                }
                LocalDate deadline =
                    today.plusDays(Math.min(this.configuration.getReviewDays(), due.intervalDays()));
                JdbcReviewStore.Opened review = this.reviews.open(connection, due.spaceKey(), now, deadline);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put(SPACE, due.spaceKey());
                record.put(REVIEW, review.reviewId());
                record.put("deadline", deadline.toString());
                record.put("people", review.people());
                this.auditLog.appendDeferred(Actor.system(), "crossagency.review.opened", record);
                this.activity.insert(connection, due.spaceKey(), now, "crossagency.review.opened", Optional.empty(),
                    Optional.empty());
                if (review.people() > 0) {
                    this.notices.tellStewards(connection, due.spaceKey(), "review", deadline.toString(),
                        String.valueOf(review.people()));
                }
                return true;
            });
        } catch (GovException e) {
            this.logger.warn("The access review of space {} was not opened, tried again next run: {}",
                due.spaceKey(), e.getMessage());
            return false;
        }
    }

    /**
     * Closes the reviews whose deadline has passed, suspending whoever is unconfirmed.
     *
     * @param today today (UTC)
     * @param now the time
     * @throws GovException when the store fails
     */
    public void closePastDeadline(LocalDate today, Instant now) throws GovException
    {
        ClaimedBatches.untilDone(
            () -> this.store.inTransaction(connection -> this.reviews.findPastDeadline(connection, today, BATCH)),
            review -> close(review, now), BATCH);
    }

    private boolean close(JdbcReviewStore.DueReview review, Instant now)
    {
        try {
            return this.store.inTransaction(connection -> {
                if (!this.reviews.claimClose(connection, review.reviewId(), now)) {
                    return false;
                }
                List<Map<String, Object>> records = new ArrayList<>();
                for (ReviewItem item : this.reviews.items(connection, review.reviewId())) {
                    Optional<SpaceMember> member = this.members.find(connection, review.spaceKey(), item.userId(),
                        true).filter(found -> found.state() == MemberState.ACTIVE);
                    if (!item.confirmed() && member.isPresent()) {
                        SpaceMember suspended = member.get().changed(MemberState.SUSPENDED, now,
                            member.get().agencyKey(), Optional.empty(),
                            Optional.of(DefaultSpaceReviewService.NOT_CONFIRMED));
                        this.members.update(connection, suspended);
                        this.rights.changed(review.spaceKey(), List.of(item.userId()));
                        Map<String, Object> record = new LinkedHashMap<>();
                        record.put(SPACE, review.spaceKey());
                        record.put("user", item.userId());
                        record.put(REVIEW, review.reviewId());
                        records.add(record);
                    }
                }
                if (!records.isEmpty()) {
                    this.auditLog.appendDeferred(Actor.system(), "crossagency.member.notConfirmed", records);
                    this.notices.tellStewards(connection, review.spaceKey(), "reviewClosed",
                        String.valueOf(records.size()));
                }
                this.auditLog.appendDeferred(Actor.system(), "crossagency.review.closed",
                    Map.of(SPACE, review.spaceKey(), REVIEW, review.reviewId(), "suspended", records.size()));
                return true;
            });
        } catch (GovException e) {
            this.logger.warn("The access review {} was not closed, tried again next run: {}", review.reviewId(),
                e.getMessage());
            return false;
        }
    }
}
