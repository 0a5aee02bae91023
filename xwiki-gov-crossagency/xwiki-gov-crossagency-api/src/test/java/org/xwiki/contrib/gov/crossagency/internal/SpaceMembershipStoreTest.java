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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.internal.standing.MemberStanding;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memberships of cross-agency spaces on H2 and PostgreSQL: joining an open space (once, even twice at once), asking
 * to join one by request and a steward's decision, leaving, removal with a reason, the last steward of an agency, an
 * archived space frozen, and who sees whom.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceMembershipStoreTest extends AbstractSpaceStoreTest
{
    @Test
    void aPublicServantOfAParticipatingAgencyJoinsAnOpenSpaceOnce() throws Exception
    {
        active("OPEN_SPACE", MembershipPolicy.OPEN);

        SpaceMember hana = this.members.join(HANA, "OPEN_SPACE");
        assertEquals(MemberState.ACTIVE, hana.state());
        assertEquals(MemberRole.MEMBER, hana.role());
        assertEquals(Optional.of(GovWorld.OWN), hana.agencyKey());
        assertEquals(hana, this.members.join(HANA, "OPEN_SPACE"), "joining twice leaves the one membership");
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(HANA, "OPEN_SPACE")));

        assertRefused("gov.crossagency.error.policy.OPEN", () -> this.members.request(RAJ, "OPEN_SPACE", "Hi"));
        assertThrows(NotFoundException.class, () -> this.members.join(Persona.AGENCY_ADMIN_OTHER.actor(),
            "OPEN_SPACE"), "DIGITAL does not take part: the space is not even visible");
    }

    @Test
    void twoJoinsAtOnceLeaveOneMembership() throws Exception
    {
        active("RACE", MembershipPolicy.OPEN);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            for (Future<SpaceMember> join : executor.invokeAll(List.<Callable<SpaceMember>>of(
                () -> this.members.join(HANA, "RACE"), () -> this.members.join(HANA, "RACE")))) {
                join.get();
            }
        } finally {
            executor.shutdown();
        }
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(GOV, "RACE")));
    }

    @Test
    void twoStewardsApprovingOneRequestAtOnceLeaveOneMembership() throws Exception
    {
        active("RACED_REQUEST", MembershipPolicy.REQUEST);
        this.members.request(HANA, "RACED_REQUEST", "Please.");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        int approvals = 0;
        int refusals = 0;
        try {
            for (Future<SpaceMember> approval : executor.invokeAll(List.<Callable<SpaceMember>>of(
                () -> this.members.decideRequest(ALICE, "RACED_REQUEST", "hana", true, ""),
                () -> this.members.decideRequest(BOB, "RACED_REQUEST", "hana", true, "")))) {
                try {
                    assertEquals(MemberState.ACTIVE, approval.get().state());
                    approvals++;
                } catch (ExecutionException e) {
                    assertEquals("gov.crossagency.error.noRequest", ((GovException) e.getCause()).getMessageKey());
                    refusals++;
                }
            }
        } finally {
            executor.shutdown();
        }
        assertEquals(List.of(1, 1), List.of(approvals, refusals), "the second steward finds it decided");
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(GOV, "RACED_REQUEST")));
    }

    @Test
    void aJoinAndARemovalAtOnceLeaveTheStateEachCallAnswered() throws Exception
    {
        active("JOIN_REMOVE", MembershipPolicy.OPEN);
        this.members.join(HANA, "JOIN_REMOVE");
        this.members.leave(HANA, "JOIN_REMOVE");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<SpaceMember> call : executor.invokeAll(List.<Callable<SpaceMember>>of(
                () -> this.members.join(HANA, "JOIN_REMOVE"),
                () -> this.members.remove(BOB, "JOIN_REMOVE", "hana", "Not this one.")))) {
                try {
                    outcomes.add(call.get().state().name());
                } catch (ExecutionException e) {
                    outcomes.add(((GovException) e.getCause()).getMessageKey());
                }
            }
        } finally {
            executor.shutdown();
        }
        // Queued on the space's row: either the removal finds her not in yet, or it removes her once she joined.
        assertTrue(outcomes.equals(List.of("ACTIVE", "gov.crossagency.error.notMember"))
            || outcomes.equals(List.of("ACTIVE", "REMOVED")), outcomes.toString());
        List<String> members = userIds(this.members.getMembers(GOV, "JOIN_REMOVE"));
        assertEquals(outcomes.get(1).equals("REMOVED") ? List.of("alice", "bob") : List.of("alice", "bob", "hana"),
            members, "the state matches what each call answered");
    }

    @Test
    void aRequestWaitsForAStewardsDecision() throws Exception
    {
        active("BY_REQUEST", MembershipPolicy.REQUEST);

        assertRefused("gov.crossagency.error.policy.REQUEST", () -> this.members.join(HANA, "BY_REQUEST"));
        assertRefused("gov.crossagency.field.message.required", () -> this.members.request(HANA, "BY_REQUEST", " "));
        SpaceMember asked = this.members.request(HANA, "BY_REQUEST", "I run the data team.");
        assertEquals(MemberState.REQUESTED, asked.state());
        assertEquals(Optional.of("I run the data team."), asked.requestMessage());
        assertThrows(AccessDeniedException.class,
            () -> this.members.decideRequest(RAJ, "BY_REQUEST", "hana", true, ""), "raj is no steward");

        SpaceMember approved = this.members.decideRequest(BOB, "BY_REQUEST", "hana", true, "");
        assertEquals(MemberState.ACTIVE, approved.state());
        assertRefused("gov.crossagency.error.noRequest",
            () -> this.members.decideRequest(ALICE, "BY_REQUEST", "hana", false, "Too late"));

        this.members.request(RAJ, "BY_REQUEST", "Me too.");
        assertRefused("gov.crossagency.field.reason.required",
            () -> this.members.decideRequest(ALICE, "BY_REQUEST", "raj", false, ""));
        SpaceMember declined = this.members.decideRequest(ALICE, "BY_REQUEST", "raj", false, "Not this time.");
        assertEquals(MemberState.DECLINED, declined.state());
        assertEquals(Optional.of("Not this time."), declined.reason());
        assertEquals(Optional.of("alice"), declined.decidedBy());
    }

    @Test
    void membersLeaveStewardsRemoveAndEveryAgencyKeepsASteward() throws Exception
    {
        active("TEAM", MembershipPolicy.OPEN);
        this.members.join(HANA, "TEAM");
        this.members.join(RAJ, "TEAM");

        assertEquals(MemberState.LEFT, this.members.leave(HANA, "TEAM").state());
        assertRefused("gov.crossagency.error.notMember", () -> this.members.leave(HANA, "TEAM"));
        assertRefused("gov.crossagency.error.lastSteward", () -> this.members.leave(ALICE, "TEAM"));
        assertThrows(AccessDeniedException.class, () -> this.members.remove(RAJ, "TEAM", "bob", "Mutiny"));
        assertRefused("gov.crossagency.field.reason.required", () -> this.members.remove(BOB, "TEAM", "raj", ""));
        SpaceMember removed = this.members.remove(BOB, "TEAM", "raj", "Left the programme.");
        assertEquals(MemberState.REMOVED, removed.state());
        assertEquals(Optional.of("Left the programme."), removed.reason());
        assertRefused("gov.crossagency.error.lastSteward", () -> this.members.remove(GOV, "TEAM", "bob", "Why"));

        assertEquals(MemberState.ACTIVE, this.members.join(HANA, "TEAM").state(), "one who left may come back");
        assertRefused("gov.crossagency.error.removedCannotRejoin", () -> this.members.join(RAJ, "TEAM"));
        assertEquals(MemberState.INVITED, this.members.invite(BOB, "TEAM", "raj").state(), "a steward may ask back");
        assertEquals(MemberState.ACTIVE, this.members.answerInvitation(RAJ, "TEAM", true).state());
    }

    @Test
    void aStewardInvitesAndTheInviteeAnswersBeforeTheInvitationExpires() throws Exception
    {
        active("CLOSED", MembershipPolicy.INVITE);
        assertThrows(NotFoundException.class, () -> this.members.join(HANA, "CLOSED"), "invisible to outsiders");
        assertThrows(NotFoundException.class, () -> this.members.invite(RAJ, "CLOSED", "hana"),
            "raj cannot see it");
        assertRefused("gov.crossagency.error.inviteeOutside",
            () -> this.members.invite(ALICE, "CLOSED", "ada"));
        assertRefused("gov.crossagency.error.alreadyIn", () -> this.members.invite(ALICE, "CLOSED", "bob"));

        SpaceMember invited = this.members.invite(ALICE, "CLOSED", "hana");
        assertEquals(MemberState.INVITED, invited.state());
        assertEquals("CLOSED", this.spaces.get(HANA, "CLOSED").key(), "an invitee sees the space");
        assertRefused("gov.crossagency.error.policy.INVITE", () -> this.members.join(HANA, "CLOSED"));
        assertEquals(MemberState.ACTIVE, this.members.answerInvitation(HANA, "CLOSED", true).state());
        assertRefused("gov.crossagency.error.noInvitation",
            () -> this.members.answerInvitation(HANA, "CLOSED", true));

        this.members.invite(BOB, "CLOSED", "raj");
        this.kernel.clock().advance(Duration.ofDays(15));
        assertEquals(MemberState.EXPIRED, this.members.answerInvitation(RAJ, "CLOSED", true).state(),
            "14 days by default");
        this.members.invite(BOB, "CLOSED", "raj");
        assertEquals(MemberState.DECLINED, this.members.answerInvitation(RAJ, "CLOSED", false).state());
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(GOV, "CLOSED")));
    }

    @Test
    void aMoveOutOfTheSpacesAgenciesSuspendsAndAMoveBackRestores() throws Exception
    {
        active("MOVES", MembershipPolicy.OPEN);
        this.members.join(HANA, "MOVES");
        MembershipService homes = this.kernel.get(MembershipService.class);

        homes.assign(Actor.system(), new Membership("hana", GovWorld.THIRD, Optional.empty()));
        assertEquals(List.of("alice", "bob"), userIds(this.members.getMembers(GOV, "MOVES")));
        assertRefused("gov.crossagency.error.notMember", () -> this.members.leave(HANA, "MOVES"));

        homes.assign(Actor.system(), new Membership("hana", GovWorld.OWN, Optional.empty()));
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(GOV, "MOVES")));

        homes.assign(Actor.system(), new Membership("alice", GovWorld.OTHER, Optional.empty()));
        assertEquals(MemberState.LEFT, this.members.leave(ALICE, "MOVES").state(),
            "alice now counts for REVENUE, beside bob");
        assertRefused("gov.crossagency.error.lastSteward", () -> this.members.leave(BOB, "MOVES"));
    }

    @Test
    void aSpaceAboveOnesClearanceIsInvisibleAndAClearanceThatFallsSuspends() throws Exception
    {
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        clearances.set(Actor.system(), "alice", "PROTECTED_A");
        clearances.set(Actor.system(), "bob", "PROTECTED_B");
        active("SECRET", MembershipPolicy.OPEN, "PROTECTED_A");

        assertThrows(NotFoundException.class, () -> this.spaces.get(HANA, "SECRET"), "hana is UNCLASSIFIED");
        assertThrows(NotFoundException.class, () -> this.members.join(HANA, "SECRET"));
        assertThrows(NotFoundException.class, () -> this.members.getMembers(HANA, "SECRET"));
        clearances.set(Actor.system(), "hana", "PROTECTED_A");
        assertEquals(MemberState.ACTIVE, this.members.join(HANA, "SECRET").state());

        clearances.set(Persona.HR_OWN.actor(), "hana", "UNCLASSIFIED");
        assertEquals(List.of("alice", "bob"), userIds(this.members.getMembers(GOV, "SECRET")));
        assertEquals(Optional.of(MemberStanding.BELOW_LABEL), suspension("hana"));
        clearances.set(Actor.system(), "hana", "PROTECTED_B");
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(GOV, "SECRET")));

        MembershipService homes = this.kernel.get(MembershipService.class);
        homes.assign(Actor.system(), new Membership("hana", GovWorld.THIRD, Optional.empty()));
        assertEquals(Optional.of(MemberStanding.AGENCY_LEFT), suspension("hana"));
        clearances.set(Actor.system(), "hana", "UNCLASSIFIED");
        assertEquals(Optional.of(MemberStanding.AGENCY_LEFT), suspension("hana"), "both causes hold");
        homes.assign(Actor.system(), new Membership("hana", GovWorld.OWN, Optional.empty()));
        assertEquals(Optional.of(MemberStanding.BELOW_LABEL), suspension("hana"), "back home, still not cleared");
        clearances.set(Actor.system(), "hana", "PROTECTED_A");
        assertEquals(Optional.empty(), suspension("hana"), "every cause gone: active again");
    }

    @Test
    void aDepartureFromThePublicServiceEndsEveryMembershipInvitationAndRequest() throws Exception
    {
        active("OPEN_ONE", MembershipPolicy.OPEN);
        active("INVITING", MembershipPolicy.INVITE);
        active("ASKING", MembershipPolicy.REQUEST);
        this.members.join(HANA, "OPEN_ONE");
        this.members.invite(ALICE, "INVITING", "hana");
        this.members.request(HANA, "ASKING", "Let me in.");

        assertThrows(AccessDeniedException.class, () -> this.kernel.get(MembershipService.class)
            .departed(RAJ, List.of("hana")), "HR of another agency");
        this.kernel.get(MembershipService.class).departed(HANA, List.of("hana"));

        for (String key : List.of("OPEN_ONE", "INVITING", "ASKING")) {
            SpaceMember ended = this.kernel.get(GovStore.class).inTransaction(connection -> this.kernel
                .get(JdbcSpaceMemberStore.class).find(connection, key, "hana", false)).orElseThrow();
            assertEquals(MemberState.LEFT, ended.state(), key);
            assertEquals(Optional.of(MemberStanding.DEPARTED), ended.reason(), key);
        }
        assertEquals(List.of("alice", "bob"), userIds(this.members.getMembers(GOV, "OPEN_ONE")));
    }

    @Test
    void anAgencyWithdrawsAndItsPeoplesMembershipsAreSuspended() throws Exception
    {
        this.spaces.propose(ALICE, new SpaceCharter("TRIO", new Bilingual("Trio", "Trio"), new Bilingual("Work.",
            "Travail."), GovWorld.OWN, List.of(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD),
            List.of("alice", "bob", "ada"), UNCLASSIFIED, MembershipPolicy.OPEN, 90, Optional.empty()));
        for (String agency : List.of(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD)) {
            this.spaces.approve(Actor.system(), "TRIO", agency);
        }
        this.members.join(RAJ, "TRIO");

        assertThrows(AccessDeniedException.class, () -> this.spaces.withdraw(OMAR, "TRIO", GovWorld.OTHER),
            "HEALTH's administrator decides for HEALTH only");
        assertRefused("gov.crossagency.error.leadCannotWithdraw",
            () -> this.spaces.withdraw(OMAR, "TRIO", GovWorld.OWN));
        Space withdrawn = this.spaces.withdraw(GOV, "TRIO", GovWorld.OTHER);
        assertEquals(List.of(GovWorld.OWN, GovWorld.THIRD), withdrawn.charter().agencies());
        assertEquals(ApprovalState.WITHDRAWN, withdrawn.approvals().get(1).state());
        assertEquals(List.of("ada", "alice"), userIds(this.members.getMembers(GOV, "TRIO")),
            "REVENUE's bob and raj are suspended");
        assertRefused("gov.crossagency.error.suspendedCannotRejoin", () -> this.members.join(RAJ, "TRIO"));
        assertRefused("gov.crossagency.error.lastPartner", () -> this.spaces.withdraw(ADA, "TRIO", GovWorld.THIRD));
    }

    @Test
    void theLastStewardOfAnAgencyNamesASuccessorBeforeLeaving() throws Exception
    {
        active("SUCCESSION", MembershipPolicy.OPEN);
        this.members.join(HANA, "SUCCESSION");
        this.members.join(RAJ, "SUCCESSION");
        assertRefused("gov.crossagency.error.lastSteward", () -> this.members.leave(ALICE, "SUCCESSION"));

        assertThrows(AccessDeniedException.class, () -> this.members.appointSteward(RAJ, "SUCCESSION", "hana"),
            "a member names no steward");
        assertThrows(AccessDeniedException.class, () -> this.members.appointSteward(OMAR, "SUCCESSION", "raj"),
            "HEALTH's administrator names HEALTH's people only");
        assertEquals(MemberRole.STEWARD, this.members.appointSteward(ALICE, "SUCCESSION", "hana").role());
        assertRefused("gov.crossagency.error.notMember",
            () -> this.members.appointSteward(ALICE, "SUCCESSION", "hana"));
        assertEquals(MemberState.LEFT, this.members.leave(ALICE, "SUCCESSION").state(), "hana now stewards HEALTH");
        assertEquals(MemberRole.STEWARD, this.members.appointSteward(BOB, "SUCCESSION", "raj").role());
    }

    @Test
    void anArchivedSpacesMembershipIsFrozen() throws Exception
    {
        active("FROZEN", MembershipPolicy.OPEN);
        this.members.join(HANA, "FROZEN");
        this.spaces.archive(ALICE, "FROZEN");

        assertThrows(NotFoundException.class, () -> this.members.join(RAJ, "FROZEN"),
            "an archived space is its members' only");
        assertRefused("gov.crossagency.error.notActive", () -> this.members.leave(HANA, "FROZEN"));
    }

    @Test
    void outsidersSeeTheStewardsOnly() throws Exception
    {
        active("LISTED", MembershipPolicy.OPEN);
        this.members.join(HANA, "LISTED");

        assertEquals(List.of("alice", "bob"), userIds(this.members.getMembers(RAJ, "LISTED")));
        assertEquals(List.of("alice", "bob", "hana"), userIds(this.members.getMembers(HANA, "LISTED")));
        assertThrows(NotFoundException.class, () -> this.members.getMembers(Actor.anonymous(Locale.ENGLISH),
            "LISTED"));
    }

    private Optional<String> suspension(String userId) throws Exception
    {
        return this.kernel.get(GovStore.class).inTransaction(connection -> this.kernel.get(JdbcSpaceMemberStore.class)
            .find(connection, "SECRET", userId, false)).filter(member -> member.state() == MemberState.SUSPENDED)
            .flatMap(SpaceMember::reason);
    }
}
