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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.AddedAgency;
import org.xwiki.contrib.gov.crossagency.AgencyApproval;
import org.xwiki.contrib.gov.crossagency.AmendmentStatus;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.CharterAmendment;
import org.xwiki.contrib.gov.crossagency.CharterAmendmentService;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.standing.MemberStanding;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcAmendmentStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Charter amendments on the gov store. The pending amendment is locked with the space while an agency decides, so two
 * decisions queue; the last approval applies it in the same transaction: the agencies join with their stewards, the
 * label rises, and every membership in force is re-evaluated (whoever is now below the label is suspended).
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultCharterAmendmentService implements CharterAmendmentService
{
    private static final String SPACE = "space";

    @Inject
    private GuidelineGates gates;

    @Inject
    private GovStore store;

    @Inject
    private SpaceAccess access;

    @Inject
    private JdbcAmendmentStore amendments;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private MembershipService homes;

    @Inject
    private ClearanceService clearances;

    @Inject
    private WikiDirectory directory;

    @Inject
    private GovAuthorization authorization;

    @Inject
    private AuditLog auditLog;

    @Inject
    private MemberStanding standing;

    @Inject
    private SpaceNotices notices;

    @Inject
    private RightsPublisher rights;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Override
    public CharterAmendment propose(Actor actor, String key, List<AddedAgency> addedAgencies,
        Optional<String> newLabel) throws GovException
    {
        String proposer = actor.userId().orElseThrow(() -> new AccessDeniedException("crossagency.space.amend"));
        return this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, true);
            if (!SpaceAccess.isSteward(actor, space)) {
                throw new AccessDeniedException("crossagency.space.amend");
            }
            if (space.status() != SpaceStatus.ACTIVE) {
                throw new GovException("gov.crossagency.error.notActive", key);
            }
            if (this.amendments.findPending(connection, key, true).isPresent()) {
                throw new GovException("gov.crossagency.error.amendmentPending", key);
            }
            String label = checkLabel(space, newLabel);
            if (addedAgencies.isEmpty() && newLabel.isEmpty()) {
                throw new GovException("gov.crossagency.error.amendmentEmpty");
            }
            for (AddedAgency added : addedAgencies) {
                checkAdded(space, added, label);
            }
            List<String> asked = newLabel.isPresent() ? space.charter().agencies() : List.of();
            this.amendments.insert(connection, key, addedAgencies, asked, newLabel, proposer,
                this.configuration.now());
            CharterAmendment amendment = this.amendments.findPending(connection, key, false).orElseThrow();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(SPACE, key);
            payload.put("addedAgencies", addedAgencies.stream().map(AddedAgency::agencyKey).toList());
            payload.put("newLabel", newLabel.orElse(""));
            this.auditLog.append(actor, "crossagency.amendment.proposed", payload);
            this.notices.tellAdministrators(connection, space,
                amendment.approvals().stream().map(AgencyApproval::agencyKey).toList(), "amendmentNeeded",
                this.notices.name(proposer));
            return amendment;
        });
    }

    private String checkLabel(Space space, Optional<String> newLabel) throws GovException
    {
        String current = space.charter().label();
        if (newLabel.isEmpty()) {
            return current;
        }
        String label = Inputs.text(newLabel.get()).strip();
        List<String> levels = this.clearances.getLevels();
        if (!levels.contains(label) || levels.indexOf(label) <= levels.indexOf(current)) {
            throw new GovException("gov.crossagency.error.labelNotRaised", label, current);
        }
        return label;
    }

    private void checkAdded(Space space, AddedAgency added, String label) throws GovException
    {
        if (this.agencies.getAgency(added.agencyKey()).isEmpty()) {
            throw new GovException("gov.core.error.agency.unknown", added.agencyKey());
        }
        if (space.approvals().stream().anyMatch(approval -> approval.agencyKey().equals(added.agencyKey()))) {
            throw new GovException("gov.crossagency.error.agencyAlreadyInCharter", added.agencyKey(), space.key());
        }
        if (!this.directory.userExists(added.stewardId())) {
            throw new GovException("gov.core.error.user.unknown", added.stewardId());
        }
        if (!this.homes.get(added.stewardId()).map(Membership::agencyKey).filter(added.agencyKey()::equals)
            .isPresent()) {
            throw new GovException("gov.crossagency.error.stewardOutside", added.stewardId());
        }
        if (!this.clearances.covers(this.clearances.get(added.stewardId()), label)) {
            throw new GovException("gov.crossagency.error.belowLabel", added.stewardId(), label);
        }
    }

    @Override
    public CharterAmendment decide(Actor actor, String key, String agencyKey, boolean approved, String reason)
        throws GovException
    {
        this.authorization.check(actor, CrossAgencyOperations.DECIDE_FOR_AGENCY, Optional.of(agencyKey));
        Optional<String> declineReason = approved ? Optional.empty()
            : Optional.of(Inputs.requireMultilineText("gov.crossagency.field.reason", reason, SpaceService.MAX_REASON));
        return this.store.inTransaction(connection -> {
            Space space = this.access.require(connection, key, true);
            CharterAmendment amendment = this.amendments.findPending(connection, key, true)
                .filter(found -> found.approvals().stream().anyMatch(asked -> asked.agencyKey().equals(agencyKey)))
                .orElseThrow(() -> new NotFoundException(SpaceAccess.UNKNOWN_SPACE, key));
            if (amendment.approvals().stream().noneMatch(asked -> asked.agencyKey().equals(agencyKey)
                && asked.state() == ApprovalState.PENDING)) {
                throw new GovException("gov.crossagency.error.alreadyDecided", agencyKey, key);
            }
            Instant now = this.configuration.now();
            this.amendments.decide(connection, amendment.id(), new AgencyApproval(agencyKey,
                approved ? ApprovalState.APPROVED : ApprovalState.DECLINED, actor.userId(), Optional.of(now),
                declineReason));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(SPACE, key);
            payload.put("agency", agencyKey);
            declineReason.ifPresent(text -> payload.put("reason", text));
            this.auditLog.append(actor, approved ? "crossagency.amendment.approved" : "crossagency.amendment.declined",
                payload);
            CharterAmendment decided = this.amendments.findPending(connection, key, false).orElseThrow();
            if (!approved) {
                this.amendments.setStatus(connection, amendment.id(), AmendmentStatus.DECLINED);
                this.notices.tell(connection, space, proposerAndStewards(space, decided), "amendmentDeclined",
                    this.notices.name(actor.userId().orElse("")), declineReason.orElseThrow());
                return withStatus(decided, AmendmentStatus.DECLINED);
            }
            if (decided.approvals().stream().allMatch(asked -> asked.state() == ApprovalState.APPROVED)) {
                apply(connection, actor, space, decided, now);
                this.notices.tell(connection, space, proposerAndStewards(space, decided), "amendmentApplied");
                return withStatus(decided, AmendmentStatus.APPLIED);
            }
            return decided;
        });
    }

    /** Who hears of a charter change's outcome: whoever proposed it, and the space's stewards. */
    private static List<String> proposerAndStewards(Space space, CharterAmendment amendment)
    {
        List<String> recipients = new ArrayList<>(List.of(amendment.proposedBy()));
        recipients.addAll(space.charter().stewards());
        return recipients;
    }

    private void apply(Connection connection, Actor actor, Space space, CharterAmendment amendment,
        Instant now) throws SQLException, GovException
    {
        this.amendments.apply(connection, amendment, this.amendments.countAgencies(connection, space.key()));
        for (AddedAgency added : amendment.addedAgencies()) {
            Optional<SpaceMember> current = this.members.find(connection, space.key(), added.stewardId(), true);
            SpaceMember steward = new SpaceMember(space.key(), added.stewardId(), Optional.of(added.agencyKey()),
                MemberRole.STEWARD, MemberState.ACTIVE, now, Optional.empty(), Optional.of(amendment.proposedBy()),
                Optional.empty());
            this.members.save(connection, steward, current.isPresent());
        }
        this.gates.require(space, amendment.addedAgencies().stream().map(AddedAgency::stewardId).toList());
        this.amendments.setStatus(connection, amendment.id(), AmendmentStatus.APPLIED);
        this.auditLog.append(actor, "crossagency.amendment.applied", Map.of(SPACE, space.key()));
        // A raised label, or a person of a newly added agency already in as a guest: every membership in force
        // is looked at again.
        Map<String, String> everyone = new LinkedHashMap<>();
        for (SpaceMember member : this.members.listInState(connection, space.key(), MemberState.ACTIVE)) {
            member.agencyKey().ifPresent(home -> everyone.put(member.userId(), home));
        }
        this.standing.reevaluate(connection, everyone, Map.of(), now.toEpochMilli(),
            "crossagency.member.charterAmended");
        this.rights.changed(space.key(), List.of());
    }

    private static CharterAmendment withStatus(CharterAmendment amendment, AmendmentStatus status)
    {
        return new CharterAmendment(amendment.id(), amendment.spaceKey(), amendment.addedAgencies(),
            amendment.newLabel(), amendment.proposedBy(), amendment.proposedAt(), status, amendment.approvals());
    }

    @Override
    public Optional<CharterAmendment> getPending(Actor actor, String key) throws GovException
    {
        return this.store.inTransaction(connection -> {
            this.access.requireVisible(connection, actor, key, false);
            return this.amendments.findPending(connection, key, false);
        });
    }
}
