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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.AgencyApproval;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.standing.MemberStanding;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcReviewStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.guideline.GuidelineGate;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlStates;

/**
 * The charter and lifecycle of cross-agency spaces on the gov store, each step audited in its transaction. A space
 * row is locked while a decision is taken on it, so that two administrators deciding at once queue.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultSpaceService implements SpaceService
{
    /** Space keys: upper-case letters, digits and underscores, starting with a letter. */
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private static final String FIELD = "gov.crossagency.field.";

    private static final String SPACE = "space";

    private static final String AGENCY = "agency";

    @Inject
    private GuidelineGates gates;

    @Inject
    private SpaceActivityRecorder activity;

    @Inject
    private GovStore store;

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private SpaceAccess access;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private MembershipService memberships;

    @Inject
    private WikiDirectory directory;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Inject
    private ClearanceService clearances;

    @Inject
    private JdbcReviewStore reviews;

    @Inject
    private SpaceNotices notices;

    @Inject
    private ComponentManager componentManager;

    @Inject
    private RightsPublisher rights;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private MemberStanding standing;

    @Inject
    private Clock clock;

    @Override
    public Space propose(Actor actor, SpaceCharter charter) throws GovException
    {
        String proposer = actor.userId().orElseThrow(
            () -> new AccessDeniedException(CrossAgencyOperations.PROPOSE_SPACE.name()));
        SpaceCharter checked = check(charter);
        this.authorization.check(actor, CrossAgencyOperations.PROPOSE_SPACE, Optional.of(checked.leadAgency()));
        Map<String, String> stewardAgencies = checkAgenciesAndStewards(checked);
        if (!this.clearances.covers(this.clearances.get(proposer), checked.label())) {
            throw new GovException("gov.crossagency.error.proposerBelowLabel", checked.label());
        }
        Instant now = this.clock.instant();
        return this.store.inTransaction(connection -> {
            try {
                this.spaces.insert(connection, checked, stewardAgencies, proposer, now);
            } catch (SQLException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    throw new GovException("gov.crossagency.error.duplicate", checked.key());
                }
                throw e;
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(SPACE, checked.key());
            payload.put("nameEn", checked.name().english());
            payload.put("nameFr", checked.name().french());
            payload.put("lead", checked.leadAgency());
            payload.put("agencies", checked.agencies());
            payload.put("stewards", checked.stewards());
            payload.put("label", checked.label());
            payload.put("policy", checked.policy().name());
            payload.put("reviewIntervalDays", checked.reviewIntervalDays());
            payload.put("endDate", checked.endDate().map(LocalDate::toString).orElse(""));
            this.auditLog.append(actor, "crossagency.space.proposed", payload);
            Space proposed = this.access.require(connection, checked.key(), false);
            this.notices.tellAdministrators(connection, proposed, "approvalNeeded", this.notices.name(proposer));
            return proposed;
        });
    }

    @Override
    public Space approve(Actor actor, String key, String agencyKey) throws GovException
    {
        return decide(actor, key, agencyKey, Optional.empty());
    }

    @Override
    public Space decline(Actor actor, String key, String agencyKey, String reason) throws GovException
    {
        String checkedReason = Inputs.requireMultilineText(FIELD + "reason", reason, MAX_REASON);
        return decide(actor, key, agencyKey, Optional.of(checkedReason));
    }

    private Space decide(Actor actor, String key, String agencyKey, Optional<String> declineReason)
        throws GovException
    {
        // The right on the agency first: a refusal says nothing of the space.
        this.authorization.check(actor, CrossAgencyOperations.DECIDE_FOR_AGENCY, Optional.of(agencyKey));
        return this.store.inTransaction(connection -> {
            Space space = this.access.require(connection, key, true);
            if (space.status() != SpaceStatus.PROPOSED) {
                throw new GovException("gov.crossagency.error.notProposed", key);
            }
            AgencyApproval current = space.approvals().stream()
                .filter(approval -> approval.agencyKey().equals(agencyKey)).findFirst()
                .orElseThrow(() -> new GovException("gov.crossagency.error.notParticipating", agencyKey, key));
            if (current.state() != ApprovalState.PENDING) {
                throw new GovException("gov.crossagency.error.alreadyDecided", agencyKey, key);
            }
            Instant now = this.clock.instant();
            ApprovalState state = declineReason.isPresent() ? ApprovalState.DECLINED : ApprovalState.APPROVED;
            this.spaces.decide(connection, key, new AgencyApproval(agencyKey, state, actor.userId(),
                Optional.of(now), declineReason));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(SPACE, key);
            payload.put(AGENCY, agencyKey);
            declineReason.ifPresent(reason -> payload.put("reason", reason));
            this.auditLog.append(actor, state == ApprovalState.APPROVED ? "crossagency.space.approved"
                : "crossagency.space.declined", payload);
            if (state == ApprovalState.DECLINED) {
                this.spaces.setStatus(connection, key, SpaceStatus.DECLINED, now);
                this.notices.tell(connection, space, founders(space), "spaceDeclined", declineReason.orElseThrow());
            } else if (space.approvals().stream().allMatch(approval -> approval.agencyKey().equals(agencyKey)
                || approval.state() == ApprovalState.APPROVED)) {
                this.spaces.setStatus(connection, key, SpaceStatus.ACTIVE, now);
                this.reviews.scheduleFirst(connection, key, this.configuration.today());
                this.auditLog.append(actor, "crossagency.space.activated", Map.of(SPACE, key));
                this.activity.record(actor, "crossagency.space.activated", key, Optional.empty());
                this.gates.require(space, space.charter().stewards());
                this.notices.tell(connection, space, founders(space), "spaceOpened");
                this.rights.changed(key, List.of());
            }
            return this.access.require(connection, key, false);
        });
    }

    @Override
    public Space withdraw(Actor actor, String key, String agencyKey) throws GovException
    {
        this.authorization.check(actor, CrossAgencyOperations.DECIDE_FOR_AGENCY, Optional.of(agencyKey));
        return this.store.inTransaction(connection -> {
            Space space = this.access.require(connection, key, true);
            if (!space.charter().agencies().contains(agencyKey)) {
                throw new NotFoundException(SpaceAccess.UNKNOWN_SPACE, key);
            }
            if (space.status() != SpaceStatus.ACTIVE) {
                throw new GovException("gov.crossagency.error.notActive", key);
            }
            if (space.charter().leadAgency().equals(agencyKey)) {
                throw new GovException("gov.crossagency.error.leadCannotWithdraw", key);
            }
            if (space.charter().agencies().size() <= 2) {
                throw new GovException("gov.crossagency.error.lastPartner", key, agencyKey);
            }
            Instant now = this.clock.instant();
            this.spaces.decide(connection, key, new AgencyApproval(agencyKey, ApprovalState.WITHDRAWN, actor.userId(),
                Optional.of(now), Optional.empty()));
            this.auditLog.append(actor, "crossagency.space.withdrawn", Map.of(SPACE, key, AGENCY, agencyKey));
            // Their home is the agency that withdrew: re-evaluated, their memberships of this space are suspended.
            Map<String, String> homes = new LinkedHashMap<>();
            for (String userId : this.members.listAgencyMembers(connection, key, agencyKey)) {
                homes.put(userId, agencyKey);
            }
            this.standing.reevaluate(connection, homes, Map.of(), now.toEpochMilli(),
                "crossagency.member.agencyWithdrew");
            return this.access.require(connection, key, false);
        });
    }

    @Override
    public Space archive(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            if (!SpaceAccess.isSteward(actor, space)
                && !this.authorization.isAllowed(actor, CrossAgencyOperations.ARCHIVE_ANY_SPACE, Optional.empty())) {
                throw new AccessDeniedException("crossagency.space.archive");
            }
            return changeStatus(connection, actor, space, SpaceStatus.ACTIVE, SpaceStatus.ARCHIVED,
                "gov.crossagency.error.notActive", "crossagency.space.archived");
        });
    }

    @Override
    public Space reopen(Actor actor, String key) throws GovException
    {
        this.authorization.check(actor, CrossAgencyOperations.REOPEN_SPACE, Optional.empty());
        return this.store.inTransaction(connection -> changeStatus(connection, actor,
            this.access.require(connection, key, true), SpaceStatus.ARCHIVED, SpaceStatus.ACTIVE,
            "gov.crossagency.error.notArchived", "crossagency.space.reopened"));
    }

    private Space changeStatus(Connection connection, Actor actor, Space space, SpaceStatus from, SpaceStatus to,
        String refusal, String eventType) throws SQLException, GovException
    {
        if (space.status() != from) {
            throw new GovException(refusal, space.key());
        }
        this.spaces.setStatus(connection, space.key(), to, this.clock.instant());
        this.auditLog.append(actor, eventType, Map.of(SPACE, space.key()));
        this.activity.record(actor, eventType, space.key(), Optional.empty());
        this.rights.changed(space.key(), List.of());
        return this.access.require(connection, space.key(), false);
    }

    @Override
    public Space get(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> this.access.requireVisible(connection, actor, key, false));
    }

    @Override
    public List<String> getLabels()
    {
        return this.clearances.getLevels();
    }

    private SpaceCharter check(SpaceCharter charter) throws GovException
    {
        String key = Inputs.requireKey(FIELD + "key", charter.key(), KEY);
        Bilingual name = new Bilingual(Inputs.requireText(FIELD + "nameEn", charter.name().english(), MAX_NAME),
            Inputs.requireText(FIELD + "nameFr", charter.name().french(), MAX_NAME));
        Bilingual purpose = new Bilingual(
            Inputs.requireMultilineText(FIELD + "purposeEn", charter.purpose().english(), MAX_PURPOSE),
            Inputs.requireMultilineText(FIELD + "purposeFr", charter.purpose().french(), MAX_PURPOSE));
        List<String> agencyKeys = distinct(charter.agencies());
        if (agencyKeys.size() < 2) {
            throw new GovException("gov.crossagency.error.tooFewAgencies");
        }
        String lead = Inputs.text(charter.leadAgency()).strip();
        if (!agencyKeys.contains(lead)) {
            throw new GovException("gov.crossagency.error.leadNotParticipating", lead);
        }
        String label = Inputs.text(charter.label()).strip();
        if (!this.clearances.isLevel(label)) {
            throw new GovException("gov.crossagency.error.unknownLabel", label,
                String.join(", ", this.clearances.getLevels()));
        }
        if (charter.reviewIntervalDays() < 1 || charter.reviewIntervalDays() > MAX_REVIEW_DAYS) {
            throw new GovException(FIELD + "reviewInterval.invalid", MAX_REVIEW_DAYS);
        }
        if (charter.endDate().isPresent() && !charter.endDate().get().isAfter(this.configuration.today())) {
            throw new GovException("gov.crossagency.error.endDateInPast", charter.endDate().get());
        }
        return new SpaceCharter(key, name, purpose, lead, agencyKeys, distinct(charter.stewards()), label,
            charter.policy(), charter.reviewIntervalDays(), charter.endDate(), checkGuidelines(charter.guidelines()));
    }

    /** Gating guidelines need the module that keeps them, and each must be published. */
    private List<String> checkGuidelines(List<String> guidelines) throws GovException
    {
        List<String> keys = distinct(guidelines);
        if (keys.isEmpty()) {
            return keys;
        }
        if (!this.componentManager.hasComponent(GuidelineGate.class)) {
            throw new GovException("gov.crossagency.error.noGuidelineModule");
        }
        GuidelineGate gate;
        try {
            gate = this.componentManager.getInstance(GuidelineGate.class);
        } catch (ComponentLookupException e) {
            throw new GovException("gov.crossagency.error.noGuidelineModule");
        }
        for (String guideline : keys) {
            if (gate.getTitle(guideline).isEmpty()) {
                throw new GovException("gov.crossagency.error.unknownGuideline", guideline);
            }
        }
        return keys;
    }

    /**
     * Every agency exists, and has at least one steward among its public servants; every steward is one.
     *
     * @return each steward's home agency
     */
    private Map<String, String> checkAgenciesAndStewards(SpaceCharter charter) throws GovException
    {
        for (String agencyKey : charter.agencies()) {
            if (this.agencies.getAgency(agencyKey).isEmpty()) {
                throw new GovException("gov.core.error.agency.unknown", agencyKey);
            }
        }
        Map<String, String> stewardAgencies = new LinkedHashMap<>();
        for (String steward : charter.stewards()) {
            if (!this.directory.userExists(steward)) {
                throw new GovException("gov.core.error.user.unknown", steward);
            }
            Optional<String> home = this.memberships.get(steward).map(Membership::agencyKey);
            if (home.isEmpty() || !charter.agencies().contains(home.get())) {
                throw new GovException("gov.crossagency.error.stewardOutside", steward);
            }
            if (!this.clearances.covers(this.clearances.get(steward), charter.label())) {
                throw new GovException("gov.crossagency.error.belowLabel", steward, charter.label());
            }
            stewardAgencies.put(steward, home.get());
        }
        for (String agencyKey : charter.agencies()) {
            if (!stewardAgencies.containsValue(agencyKey)) {
                throw new GovException("gov.crossagency.error.noSteward", agencyKey);
            }
        }
        return stewardAgencies;
    }

    /** The people who put a proposal forward: its proposer and its stewards. */
    private static List<String> founders(Space space)
    {
        List<String> founders = new ArrayList<>(space.charter().stewards());
        founders.add(0, space.proposedBy());
        return founders;
    }

    private static List<String> distinct(List<String> values)
    {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            Inputs.optional(value).filter(present -> !kept.contains(present)).ifPresent(kept::add);
        }
        return kept;
    }
}
