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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.GatingGuideline;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.GuestTerms;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceMembershipService;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Memberships of cross-agency spaces on the gov store. An invitation's expiry is checked when it is answered: one
 * answered late is recorded as expired. A change locks the space's row, so that two stewards deciding
 * on one request, or a join beside a removal, queue and leave one membership; each change is audited in its
 * transaction.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultSpaceMembershipService implements SpaceMembershipService
{
    private static final String FIELD = "gov.crossagency.field.";

    @Inject
    private SpaceActivityRecorder activity;

    @Inject
    private GovStore store;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private SpaceAccess access;

    @Inject
    private MembershipService memberships;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AuditLog auditLog;

    @Inject
    private WikiDirectory directory;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Inject
    private Clock clock;

    @Inject
    private SpaceNotices notices;

    @Inject
    private GuidelineGates gates;

    @Inject
    private RightsPublisher rights;

    @Override
    public SpaceMember join(Actor actor, String key) throws GovException
    {
        return comeIn(actor, key, MembershipPolicy.OPEN, Optional.empty());
    }

    @Override
    public SpaceMember request(Actor actor, String key, String message) throws GovException
    {
        String checked = Inputs.requireMultilineText(FIELD + "message", message, MAX_TEXT);
        return comeIn(actor, key, MembershipPolicy.REQUEST, Optional.of(checked));
    }

    private SpaceMember comeIn(Actor actor, String key, MembershipPolicy policy, Optional<String> message)
        throws GovException
    {
        String userId = signedIn(actor);
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            requireActive(space);
            if (space.charter().policy() != policy) {
                throw new GovException("gov.crossagency.error.policy." + space.charter().policy().name(), key);
            }
            Optional<SpaceMember> current = this.members.find(connection, key, userId, true);
            if (current.isPresent() && (current.get().state() == MemberState.ACTIVE
                || current.get().state() == MemberState.REQUESTED)) {
                return current.get();
            }
            if (current.isPresent() && current.get().state() == MemberState.SUSPENDED) {
                // Joining again must not lift a suspension: its cause goes away, or a steward reinstates them.
                throw new GovException("gov.crossagency.error.suspendedCannotRejoin", key);
            }
            if (current.isPresent() && current.get().state() == MemberState.REMOVED && message.isEmpty()) {
                // A removal by a steward would mean nothing if the person could walk back into an open space.
                throw new GovException("gov.crossagency.error.removedCannotRejoin", key);
            }
            if (!this.access.isCleared(userId, space)) {
                throw new NotFoundException(SpaceAccess.UNKNOWN_SPACE, key);
            }
            String agencyKey = this.memberships.get(userId).map(Membership::agencyKey)
                .filter(space.charter().agencies()::contains)
                .orElseThrow(() -> new GovException("gov.crossagency.error.agencyNotParticipating", key));
            SpaceMember member = new SpaceMember(key, userId, Optional.of(agencyKey), MemberRole.MEMBER,
                message.isPresent() ? MemberState.REQUESTED : MemberState.ACTIVE, this.clock.instant(), message,
                Optional.empty(), Optional.empty());
            this.members.save(connection, member, current.isPresent());
            audit(actor, space, message.isPresent() ? "crossagency.member.requested" : "crossagency.member.joined", member,
                message);
            if (message.isPresent()) {
                this.notices.tell(connection, space, space.charter().stewards(), "requestToJoin",
                    this.notices.name(userId), message.get());
            }
            return member;
        });
    }

    @Override
    public SpaceMember decideRequest(Actor actor, String key, String userId, boolean approved, String reason)
        throws GovException
    {
        Optional<String> checkedReason = approved ? Optional.empty()
            : Optional.of(Inputs.requireMultilineText(FIELD + "reason", reason, MAX_TEXT));
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            requireSteward(space, actor);
            requireActive(space);
            SpaceMember request = this.members.find(connection, key, userId, true)
                .filter(found -> found.state() == MemberState.REQUESTED)
                .orElseThrow(() -> new GovException("gov.crossagency.error.noRequest", userId, key));
            if (approved) {
                requireCleared(space, userId);
            }
            SpaceMember decided = new SpaceMember(key, userId, request.agencyKey(), MemberRole.MEMBER,
                approved ? MemberState.ACTIVE : MemberState.DECLINED, this.clock.instant(), request.requestMessage(),
                actor.userId(), checkedReason);
            this.members.update(connection, decided);
            audit(actor, space, approved ? "crossagency.member.approved" : "crossagency.member.declined", decided,
                checkedReason);
            this.notices.tell(connection, space, List.of(userId), approved ? "requestApproved" : "requestDeclined",
                checkedReason.orElse(""));
            return decided;
        });
    }

    @Override
    public SpaceMember invite(Actor actor, String key, String userId) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            requireSteward(space, actor);
            requireActive(space);
            if (!this.directory.userExists(userId)) {
                throw new GovException("gov.core.error.user.unknown", userId);
            }
            String agencyKey = this.memberships.get(userId).map(Membership::agencyKey)
                .filter(space.charter().agencies()::contains)
                .orElseThrow(() -> new GovException("gov.crossagency.error.inviteeOutside", userId, key));
            requireCleared(space, userId);
            Optional<SpaceMember> current = this.members.find(connection, key, userId, true);
            if (current.isPresent() && current.get().state() == MemberState.ACTIVE) {
                throw new GovException("gov.crossagency.error.alreadyIn", userId, key);
            }
            SpaceMember invited = new SpaceMember(key, userId, Optional.of(agencyKey), MemberRole.MEMBER,
                MemberState.INVITED, this.clock.instant(), Optional.empty(), actor.userId(), Optional.empty());
            this.members.save(connection, invited, current.isPresent());
            audit(actor, space, "crossagency.member.invited", invited, Optional.empty());
            this.notices.tell(connection, space, List.of(userId), "invited", this.notices.name(signedIn(actor)),
                LocalDate.ofInstant(this.clock.instant().plus(this.configuration.getInvitationLifetime()),
                    ZoneOffset.UTC).toString());
            return invited;
        });
    }

    @Override
    public SpaceMember sponsorGuest(Actor actor, String key, String userId, LocalDate endDate, GuestAccess access)
        throws GovException
    {
        Objects.requireNonNull(access, "access");
        String sponsor = signedIn(actor);
        requireGuestEnd(endDate);
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            requireSteward(space, actor);
            requireActive(space);
            if (!this.directory.userExists(userId)) {
                throw new GovException("gov.core.error.user.unknown", userId);
            }
            Optional<String> home = this.memberships.get(userId).map(Membership::agencyKey);
            if (home.filter(space.charter().agencies()::contains).isPresent()) {
                throw new GovException("gov.crossagency.error.guestOfParticipatingAgency", userId, key);
            }
            if (home.isEmpty() && !space.charter().guidelines().isEmpty()) {
                // The policy module assigns guidelines to public servants only: a partner could never pass the gate.
                throw new GovException("gov.crossagency.error.gatedPartner", userId, key);
            }
            requireCleared(space, userId);
            Optional<SpaceMember> current = this.members.find(connection, key, userId, true);
            if (current.filter(found -> found.state() == MemberState.ACTIVE
                || found.state() == MemberState.SUSPENDED).isPresent()) {
                throw new GovException("gov.crossagency.error.alreadyIn", userId, key);
            }
            SpaceMember guest = new SpaceMember(key, userId, home, MemberRole.GUEST, MemberState.ACTIVE,
                this.clock.instant(), Optional.empty(), Optional.of(sponsor), Optional.empty(),
                Optional.of(new GuestTerms(endDate, access, sponsor)));
            this.members.save(connection, guest, current.isPresent());
            audit(actor, space, "crossagency.guest.sponsored", guest, Optional.of(endDate + " " + access.name()));
            this.notices.tell(connection, space, List.of(userId), "guestSponsored", this.notices.name(sponsor),
                endDate.toString());
            return guest;
        });
    }

    @Override
    public SpaceMember renewGuest(Actor actor, String key, String userId, LocalDate endDate) throws GovException
    {
        requireGuestEnd(endDate);
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            requireSteward(space, actor);
            requireActive(space);
            SpaceMember guest = this.members.find(connection, key, userId, true)
                .filter(found -> found.role() == MemberRole.GUEST && found.state() == MemberState.ACTIVE)
                .orElseThrow(() -> new GovException("gov.crossagency.error.notGuest", userId, key));
            this.members.renewGuest(connection, key, userId, endDate);
            GuestTerms terms = guest.guest().orElseThrow();
            SpaceMember renewed = new SpaceMember(key, userId, guest.agencyKey(), MemberRole.GUEST,
                MemberState.ACTIVE, guest.since(), guest.requestMessage(), guest.decidedBy(), guest.reason(),
                Optional.of(new GuestTerms(endDate, terms.access(), terms.sponsorId())));
            audit(actor, space, "crossagency.guest.renewed", renewed, Optional.of(endDate.toString()));
            return renewed;
        });
    }


    private void requireGuestEnd(LocalDate endDate) throws GovException
    {
        LocalDate today = this.configuration.today();
        int maxDays = this.configuration.getGuestMaxDays();
        if (endDate == null || !endDate.isAfter(today)) {
            throw new GovException("gov.crossagency.error.guestEndPast");
        }
        if (endDate.isAfter(today.plusDays(maxDays))) {
            throw new GovException("gov.crossagency.error.guestEndTooFar", maxDays);
        }
    }

    @Override
    public SpaceMember answerInvitation(Actor actor, String key, boolean accepted) throws GovException
    {
        String userId = signedIn(actor);
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            SpaceMember invitation = this.members.find(connection, key, userId, true)
                .filter(found -> found.state() == MemberState.INVITED)
                .orElseThrow(() -> new GovException("gov.crossagency.error.noInvitation", key));
            Instant now = this.clock.instant();
            if (now.isAfter(invitation.since().plus(this.configuration.getInvitationLifetime()))) {
                SpaceMember expired = withState(invitation, MemberState.EXPIRED, now);
                this.members.update(connection, expired);
                audit(actor, space, "crossagency.member.invitationExpired", expired, Optional.empty());
                return expired;
            }
            if (accepted) {
                requireActive(space);
                requireCleared(space, userId);
            }
            SpaceMember answered = withState(invitation, accepted ? MemberState.ACTIVE : MemberState.DECLINED, now);
            this.members.update(connection, answered);
            audit(actor, space, accepted ? "crossagency.member.joined" : "crossagency.member.invitationDeclined", answered,
                Optional.empty());
            return answered;
        });
    }

    private static SpaceMember withState(SpaceMember member, MemberState state, Instant at)
    {
        return member.changed(state, at, member.agencyKey(), member.decidedBy(), member.reason());
    }

    @Override
    public SpaceMember appointSteward(Actor actor, String key, String userId) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            SpaceMember member = this.members.find(connection, key, userId, true)
                .filter(found -> found.state() == MemberState.ACTIVE && found.role() == MemberRole.MEMBER)
                .orElseThrow(() -> new GovException("gov.crossagency.error.notMember", userId, key));
            boolean administers = member.agencyKey().isPresent() && this.authorization.isAllowed(actor,
                CrossAgencyOperations.DECIDE_FOR_AGENCY, member.agencyKey());
            if (!SpaceAccess.isSteward(actor, space) && !administers) {
                throw new AccessDeniedException("crossagency.member.appoint");
            }
            requireActive(space);
            SpaceMember steward = new SpaceMember(key, userId, member.agencyKey(), MemberRole.STEWARD,
                MemberState.ACTIVE, this.clock.instant(), member.requestMessage(), actor.userId(), Optional.empty());
            this.members.update(connection, steward);
            audit(actor, space, "crossagency.member.appointedSteward", steward, Optional.empty());
            this.notices.tell(connection, space, List.of(userId), "appointedSteward", this.notices.name(
                actor.userId().orElse("")));
            return steward;
        });
    }

    @Override
    public SpaceMember leave(Actor actor, String key) throws GovException
    {
        String userId = signedIn(actor);
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            return end(connection, actor, space, userId, MemberState.LEFT, Optional.empty(),
                "crossagency.member.left");
        });
    }

    @Override
    public SpaceMember remove(Actor actor, String key, String userId, String reason) throws GovException
    {
        String checkedReason = Inputs.requireMultilineText(FIELD + "reason", reason, MAX_TEXT);
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            if (!SpaceAccess.isSteward(actor, space)
                && !this.authorization.isAllowed(actor, CrossAgencyOperations.ARCHIVE_ANY_SPACE, Optional.empty())) {
                throw new AccessDeniedException("crossagency.member.remove");
            }
            return end(connection, actor, space, userId, MemberState.REMOVED, Optional.of(checkedReason),
                "crossagency.member.removed");
        });
    }

    private SpaceMember end(Connection connection, Actor actor, Space space, String userId, MemberState state,
        Optional<String> reason, String eventType) throws SQLException, GovException
    {
        requireActive(space);
        SpaceMember member = this.members.find(connection, space.key(), userId, true)
            .filter(found -> found.state() == MemberState.ACTIVE)
            .orElseThrow(() -> new GovException("gov.crossagency.error.notMember", userId, space.key()));
        if (member.role() == MemberRole.STEWARD && member.agencyKey().isPresent()
            && this.members.countStewards(connection, space.key(), member.agencyKey().get()) <= 1) {
            throw new GovException("gov.crossagency.error.lastSteward", userId, member.agencyKey().get());
        }
        SpaceMember ended = member.changed(state, this.clock.instant(), member.agencyKey(),
            reason.isPresent() ? actor.userId() : Optional.empty(), reason);
        this.members.update(connection, ended);
        audit(actor, space, eventType, ended, reason);
        if (state == MemberState.REMOVED) {
            this.notices.tell(connection, space, List.of(userId), "removed", reason.orElse(""));
        }
        return ended;
    }

    @Override
    public List<SpaceMember> getMembers(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, false);
            return this.members.listActive(connection, key, !this.access.seesWhoIsIn(connection, actor, space));
        });
    }

    @Override
    public List<SpaceMember> getRequests(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, false);
            requireSteward(space, actor);
            return this.members.listInState(connection, key, MemberState.REQUESTED);
        });
    }

    @Override
    public List<GatingGuideline> getGatingGuidelines(Actor actor, String key) throws GovException
    {
        Space space = this.store.inTransaction(connection -> this.access.requireVisible(connection, actor, key,
            false));
        return this.gates.standing(actor.userId().orElseThrow(), space.charter().guidelines());
    }

    @Override
    public Optional<SpaceMember> getMembership(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            this.access.requireVisible(connection, actor, key, false);
            return this.members.find(connection, key, actor.userId().orElseThrow(), false);
        });
    }

    private void audit(Actor actor, Space space, String eventType, SpaceMember member, Optional<String> text)
        throws GovException
    {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("space", member.spaceKey());
        payload.put("user", member.userId());
        payload.put("agency", member.agencyKey().orElse(""));
        payload.put("state", member.state().name());
        text.ifPresent(value -> payload.put("text", value));
        this.auditLog.append(actor, eventType, payload);
        this.activity.record(actor, eventType, member.spaceKey(), Optional.of(member.userId()));
        this.gates.follow(space, member);
        this.rights.changed(member.spaceKey(), List.of(member.userId()));
    }

    private void requireCleared(Space space, String userId) throws GovException
    {
        if (!this.access.isCleared(userId, space)) {
            throw new GovException("gov.crossagency.error.belowLabel", userId, space.charter().label());
        }
    }

    private static void requireSteward(Space space, Actor actor) throws AccessDeniedException
    {
        if (!SpaceAccess.isSteward(actor, space)) {
            throw new AccessDeniedException("crossagency.member.decide");
        }
    }

    private static void requireActive(Space space) throws GovException
    {
        if (space.status() != SpaceStatus.ACTIVE) {
            throw new GovException("gov.crossagency.error.notActive", space.key());
        }
    }

    private static String signedIn(Actor actor) throws AccessDeniedException
    {
        return actor.userId().orElseThrow(() -> new AccessDeniedException("crossagency.member.join"));
    }
}
