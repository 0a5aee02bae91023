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

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.crossagency.GuestTerms;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.internal.CrossAgencyConfiguration;
import org.xwiki.contrib.gov.crossagency.internal.GuidelineGates;
import org.xwiki.contrib.gov.crossagency.internal.RightsPublisher;
import org.xwiki.contrib.gov.crossagency.internal.SpaceNotices;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * The cross-agency sweep: invitations left unanswered past {@code gov.crossagency.invitationDays} expire; guests whose
 * last day is past lose their access; the sponsor of a guest whose access ends within
 * {@code gov.crossagency.guestWarningDays} days is warned once. Each change is claimed by a conditional update in
 * the transaction that audits it (and queues the warning), so that restarts and several processes sweeping one
 * database record each expiry, end and warning exactly once.
 * Then access reviews past their deadline close and those due open ({@link ReviewSweep}).
 *
 * @version $Id$
 */
@Component
@Named("crossagency-sweep")
@Singleton
public class CrossAgencySweepTask implements GovTask
{
    /** The reason recorded when a guest's access ends at its end date. */
    public static final String GUEST_ENDED = "gov.crossagency.removal.guestEnded";

    private static final int BATCH = 500;

    private static final String SPACE = "space";

    private static final String USER = "user";

    @Inject
    private GovStore store;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SpaceNotices notices;

    @Inject
    private ReviewSweep reviews;

    @Inject
    private RightsPublisher rights;

    @Inject
    private GuidelineGates gates;

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private Logger logger;

    @Override
    public Duration getInterval()
    {
        return Duration.ofMinutes(15);
    }

    @Override
    public void run() throws GovException
    {
        Instant now = this.configuration.now();
        LocalDate today = this.configuration.today();
        long sentBefore = now.minus(this.configuration.getInvitationLifetime()).toEpochMilli();
        sweep(connection -> this.members.findExpiredInvitations(connection, sentBefore, BATCH),
            invitation -> invitation.changed(MemberState.EXPIRED, now, invitation.agencyKey(), Optional.empty(),
                Optional.empty()), "crossagency.member.invitationExpired", false);
        sweep(connection -> this.members.findEndedGuests(connection, today, BATCH),
            guest -> guest.changed(MemberState.EXPIRED, now, guest.agencyKey(), Optional.empty(),
                Optional.of(GUEST_ENDED)), "crossagency.guest.ended", true);
        warnSponsors(today);
        this.reviews.closePastDeadline(today, now);
        this.reviews.openDue(today, now);
    }

    /** A read of the next batch of memberships to change. */
    @FunctionalInterface
    private interface Batch
    {
        List<SpaceMember> read(Connection connection) throws SQLException;
    }

    /** What a membership becomes. */
    @FunctionalInterface
    private interface Change
    {
        SpaceMember of(SpaceMember member);
    }

    /**
     * @param endsAccess whether the change ends an active membership, whose guidelines then no longer concern the
     *     person
     */
    private void sweep(Batch batch, Change change, String eventType, boolean endsAccess) throws GovException
    {
        int[] found = new int[1];
        do {
            int changed = this.store.inTransaction(connection -> {
                List<SpaceMember> due = batch.read(connection);
                found[0] = due.size();
                List<Map<String, Object>> records = new ArrayList<>();
                Map<String, List<String>> ended = new LinkedHashMap<>();
                for (SpaceMember member : due) {
                    SpaceMember next = change.of(member);
                    if (this.members.claim(connection, member, next)) {
                        records.add(record(next));
                        this.rights.changed(member.spaceKey(), List.of(member.userId()));
                        ended.computeIfAbsent(member.spaceKey(), key -> new ArrayList<>()).add(member.userId());
                    }
                }
                if (endsAccess) {
                    for (Map.Entry<String, List<String>> space : ended.entrySet()) {
                        this.gates.release(space.getKey(), this.spaces.listGuidelines(connection, space.getKey()),
                            space.getValue());
                    }
                }
                if (!records.isEmpty()) {
                    this.auditLog.appendDeferred(Actor.system(), eventType, records);
                }
                return records.size();
            });
            if (changed == 0) {
                // What was found is claimed by another process meanwhile: leave the rest to the next run.
                return;
            }
        } while (found[0] == BATCH);
    }

    private void warnSponsors(LocalDate today) throws GovException
    {
        LocalDate lastDay = today.plusDays(this.configuration.getGuestWarningDays());
        ClaimedBatches.untilDone(
            () -> this.store.inTransaction(connection -> this.members.findGuestsToWarn(connection, lastDay, BATCH)),
            guest -> warn(guest, today), BATCH);
    }

    private boolean warn(SpaceMember guest, LocalDate today)
    {
        GuestTerms terms = guest.guest().orElseThrow();
        try {
            return this.store.inTransaction(connection -> {
                if (!this.members.claimWarning(connection, guest, today)) {
                    return false;
                }
                this.notices.tell(connection, guest.spaceKey(), List.of(terms.sponsorId()), "guestEnding",
                    this.notices.name(guest.userId()), terms.endDate().toString());
                Map<String, Object> record = record(guest);
                record.put("sponsor", terms.sponsorId());
                record.put("endDate", terms.endDate().toString());
                this.auditLog.appendDeferred(Actor.system(), "crossagency.guest.sponsorWarned", record);
                return true;
            });
        } catch (GovException e) {
            this.logger.warn("The sponsor of guest {} in space {} was not warned, tried again next run: {}",
                guest.userId(), guest.spaceKey(), e.getMessage());
            return false;
        }
    }

    private static Map<String, Object> record(SpaceMember member)
    {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(SPACE, member.spaceKey());
        record.put(USER, member.userId());
        record.put("state", member.state().name());
        record.put("reason", member.reason().orElse(""));
        return record;
    }
}
