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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.crossagency.AccessReview;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceReviewService;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcReviewStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.task.ReviewSweep;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Access reviews on the gov store: a steward reads the open review's progress, confirms people in it, and reinstates
 * people suspended for not being confirmed, provided they still meet the space's conditions. Reviews open and close
 * in the background sweep ({@link org.xwiki.contrib.gov.crossagency.internal.task.ReviewSweep}).
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultSpaceReviewService implements SpaceReviewService
{
    /** The reason recorded when a review's deadline passes before a steward confirmed the person. */
    public static final String NOT_CONFIRMED = "gov.crossagency.suspension.notConfirmed";

    private static final String NO_REVIEW = "gov.crossagency.error.noOpenReview";

    @Inject
    private SpaceActivityRecorder activity;

    @Inject
    private GovStore store;

    @Inject
    private SpaceAccess access;

    @Inject
    private JdbcReviewStore reviews;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private MembershipService memberships;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Inject
    private RightsPublisher rights;

    @Override
    public Optional<AccessReview> getOpenReview(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            requireSteward(connection, actor, key, false);
            return this.reviews.findOpen(connection, key);
        });
    }

    @Override
    public List<SpaceMember> getSuspended(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            requireSteward(connection, actor, key, false);
            return this.members.listInState(connection, key, MemberState.SUSPENDED);
        });
    }

    @Override
    public AccessReview confirm(Actor actor, String key, String userId) throws GovException
    {
        return this.store.inTransaction(connection -> {
            requireSteward(connection, actor, key, true);
            AccessReview review = this.reviews.findOpen(connection, key)
                .orElseThrow(() -> new GovException(NO_REVIEW, key));
            if (!this.reviews.confirm(connection, review.id(), userId, actor.userId().orElseThrow(),
                this.configuration.now())) {
                throw new GovException("gov.crossagency.error.notInReview", userId, key);
            }
            audit(actor, "crossagency.review.confirmed", key, userId, review.id());
            return this.reviews.findOpen(connection, key).orElseThrow();
        });
    }

    @Override
    public SpaceMember reinstate(Actor actor, String key, String userId) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Space space = requireSteward(connection, actor, key, true);
            if (space.status() != SpaceStatus.ACTIVE) {
                throw new GovException("gov.crossagency.error.notActive", key);
            }
            SpaceMember suspended = this.members.find(connection, key, userId, true)
                .filter(member -> member.state() == MemberState.SUSPENDED
                    && member.reason().equals(Optional.of(NOT_CONFIRMED)))
                .orElseThrow(() -> new GovException("gov.crossagency.error.notSuspendedByReview", userId, key));
            Optional<String> home = this.memberships.get(userId).map(Membership::agencyKey);
            boolean agencyHolds = suspended.role() == MemberRole.GUEST
                || home.filter(space.charter().agencies()::contains).isPresent();
            if (!agencyHolds || !this.access.isCleared(userId, space)) {
                throw new GovException("gov.crossagency.error.cannotReinstate", userId, key);
            }
            Instant now = this.configuration.now();
            SpaceMember reinstated = suspended.changed(MemberState.ACTIVE, now, suspended.agencyKey(),
                actor.userId(), Optional.empty());
            this.members.update(connection, reinstated);
            this.rights.changed(key, List.of(userId));
            audit(actor, "crossagency.member.reinstated", key, userId, 0);
            return reinstated;
        });
    }

    private Space requireSteward(Connection connection, Actor actor, String key, boolean lock)
        throws SQLException, GovException
    {
        Space space = this.access.requireVisible(connection, actor, key, lock);
        if (!SpaceAccess.isSteward(actor, space)) {
            throw new AccessDeniedException("crossagency.review");
        }
        return space;
    }

    private void audit(Actor actor, String eventType, String key, String userId, long reviewId) throws GovException
    {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("space", key);
        payload.put("user", userId);
        if (reviewId > 0) {
            payload.put("review", reviewId);
        }
        this.auditLog.append(actor, eventType, payload);
        this.activity.record(actor, eventType, key, Optional.of(userId));
    }
}
