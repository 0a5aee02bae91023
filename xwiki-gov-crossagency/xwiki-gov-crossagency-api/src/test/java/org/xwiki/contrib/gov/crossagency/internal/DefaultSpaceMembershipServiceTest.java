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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of memberships of cross-agency spaces, on mocks: the policy the space takes, the person's agency, the
 * last steward of an agency, what a join writes and audits, and an invitation answered too late.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultSpaceMembershipServiceTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @InjectMockComponents
    private DefaultSpaceMembershipService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcSpaceMemberStore members;

    @MockComponent
    private SpaceAccess access;

    @MockComponent
    private MembershipService memberships;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private WikiDirectory directory;

    @MockComponent
    private Clock clock;

    @MockComponent
    private CrossAgencyConfiguration configuration;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clock.instant()).thenReturn(NOW);
        when(this.memberships.get("hana")).thenReturn(Optional.of(new Membership("hana", "HEALTH", Optional.empty())));
        when(this.access.isCleared(anyString(), any())).thenReturn(true);
    }

    @Test
    void anonymousVisitorsJoinNothing()
    {
        assertThrows(AccessDeniedException.class, () -> this.service.join(Actor.anonymous(Locale.ENGLISH), "S"));
        verifyNoInteractions(this.store);
    }

    @Test
    void aJoinIsRecordedAndAudited() throws Exception
    {
        visible(MembershipPolicy.OPEN, SpaceStatus.ACTIVE);

        SpaceMember joined = this.service.join(HANA, "S");

        assertEquals(new SpaceMember("S", "hana", Optional.of("HEALTH"), MemberRole.MEMBER, MemberState.ACTIVE, NOW,
            Optional.empty(), Optional.empty(), Optional.empty()), joined);
        verify(this.members).save(this.connection, joined, false);
        verify(this.auditLog).append(eq(HANA), eq("crossagency.member.joined"), anyMap());
    }

    @Test
    void theSpacesPolicyAndStatusDecideHowOneComesIn() throws Exception
    {
        visible(MembershipPolicy.INVITE, SpaceStatus.ACTIVE);
        assertEquals("gov.crossagency.error.policy.INVITE", assertThrows(GovException.class,
            () -> this.service.join(HANA, "S")).getMessageKey());

        visible(MembershipPolicy.OPEN, SpaceStatus.ARCHIVED);
        assertEquals("gov.crossagency.error.notActive", assertThrows(GovException.class,
            () -> this.service.join(HANA, "S")).getMessageKey());
        verify(this.members, never()).save(any(), any(), anyBoolean());
    }

    @Test
    void aPersonOfAnotherAgencyIsRefused() throws Exception
    {
        visible(MembershipPolicy.OPEN, SpaceStatus.ACTIVE);
        when(this.memberships.get("hana")).thenReturn(Optional.of(new Membership("hana", "DIGITAL",
            Optional.empty())));

        assertEquals("gov.crossagency.error.agencyNotParticipating", assertThrows(GovException.class,
            () -> this.service.join(HANA, "S")).getMessageKey());
    }

    @Test
    void aPersonBelowTheLabelIsToldThereIsNoSuchSpace() throws Exception
    {
        visible(MembershipPolicy.OPEN, SpaceStatus.ACTIVE);
        when(this.access.isCleared(eq("hana"), any())).thenReturn(false);

        NotFoundException refusal = assertThrows(NotFoundException.class, () -> this.service.join(HANA, "S"));

        assertEquals(SpaceAccess.UNKNOWN_SPACE, refusal.getMessageKey());
        verify(this.members, never()).save(any(), any(), anyBoolean());
        verifyNoInteractions(this.auditLog);
    }

    @Test
    void nobodyBelowTheLabelIsInvitedOrApproved() throws Exception
    {
        visible(MembershipPolicy.INVITE, SpaceStatus.ACTIVE);
        when(this.directory.userExists("hana")).thenReturn(true);
        when(this.access.isCleared(eq("hana"), any())).thenReturn(false);
        when(this.members.find(this.connection, "S", "hana", true)).thenReturn(Optional.of(new SpaceMember("S",
            "hana", Optional.of("HEALTH"), MemberRole.MEMBER, MemberState.REQUESTED, NOW, Optional.of("Please"),
            Optional.empty(), Optional.empty())));

        assertEquals("gov.crossagency.error.belowLabel", assertThrows(GovException.class,
            () -> this.service.invite(ALICE, "S", "hana")).getMessageKey());
        assertEquals("gov.crossagency.error.belowLabel", assertThrows(GovException.class,
            () -> this.service.decideRequest(ALICE, "S", "hana", true, null)).getMessageKey());
        verify(this.members, never()).update(any(), any());
        verify(this.members, never()).save(any(), any(), anyBoolean());
    }

    @Test
    void aGuestsEndDateIsCheckedBeforeAnythingIsRead() throws Exception
    {
        when(this.configuration.today()).thenReturn(LocalDate.of(2026, 11, 28));
        when(this.configuration.getGuestMaxDays()).thenReturn(180);

        assertEquals("gov.crossagency.error.guestEndPast", assertThrows(GovException.class,
            () -> this.service.sponsorGuest(ALICE, "S", "ada", LocalDate.of(2026, 11, 28), GuestAccess.READ))
                .getMessageKey());
        assertEquals("gov.crossagency.error.guestEndPast", assertThrows(GovException.class,
            () -> this.service.sponsorGuest(ALICE, "S", "ada", null, GuestAccess.READ)).getMessageKey());
        assertEquals("gov.crossagency.error.guestEndTooFar", assertThrows(GovException.class,
            () -> this.service.renewGuest(ALICE, "S", "ada", LocalDate.of(2027, 5, 28))).getMessageKey());
        verifyNoInteractions(this.store);
    }

    @Test
    void theLastStewardOfAnAgencyStays() throws Exception
    {
        visible(MembershipPolicy.OPEN, SpaceStatus.ACTIVE);
        when(this.members.find(this.connection, "S", "alice", true)).thenReturn(Optional.of(new SpaceMember("S",
            "alice", Optional.of("HEALTH"), MemberRole.STEWARD, MemberState.ACTIVE, NOW, Optional.empty(),
            Optional.empty(), Optional.empty())));
        when(this.members.countStewards(this.connection, "S", "HEALTH")).thenReturn(1);

        assertEquals("gov.crossagency.error.lastSteward", assertThrows(GovException.class,
            () -> this.service.leave(ALICE, "S")).getMessageKey());
        verify(this.members, never()).update(any(), any());
    }

    @Test
    void anInvitationAnsweredLateIsRecordedExpired() throws Exception
    {
        visible(MembershipPolicy.INVITE, SpaceStatus.ACTIVE);
        when(this.configuration.getInvitationLifetime()).thenReturn(Duration.ofDays(14));
        when(this.members.find(this.connection, "S", "hana", true)).thenReturn(Optional.of(new SpaceMember("S",
            "hana", Optional.of("HEALTH"), MemberRole.MEMBER, MemberState.INVITED, NOW.minus(Duration.ofDays(15)),
            Optional.empty(), Optional.of("alice"), Optional.empty())));

        assertEquals(MemberState.EXPIRED, this.service.answerInvitation(HANA, "S", true).state());
        verify(this.auditLog).append(eq(HANA), eq("crossagency.member.invitationExpired"), anyMap());
    }

    private void visible(MembershipPolicy policy, SpaceStatus status) throws Exception
    {
        Space space = new Space(new SpaceCharter("S", new Bilingual("S", "S"), new Bilingual("P", "P"), "HEALTH",
            List.of("HEALTH", "REVENUE"), List.of("alice", "bob"), "UNCLASSIFIED", policy, 90, Optional.empty()),
            status, "alice", NOW, List.of());
        when(this.access.requireVisible(eq(this.connection), any(), anyString(), any(Boolean.class)))
            .thenReturn(space);
    }
}
