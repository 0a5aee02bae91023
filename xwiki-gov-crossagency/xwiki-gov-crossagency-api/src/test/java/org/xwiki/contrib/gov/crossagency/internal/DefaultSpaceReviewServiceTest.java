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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcReviewStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of {@link DefaultSpaceReviewService}: stewards only, before the review is read; a confirmation needs an
 * open review; a reinstatement needs a review's suspension and the space's conditions still met.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultSpaceReviewServiceTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @InjectMockComponents
    private DefaultSpaceReviewService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private SpaceAccess access;

    @MockComponent
    private JdbcReviewStore reviews;

    @MockComponent
    private JdbcSpaceMemberStore members;

    @MockComponent
    private MembershipService memberships;

    @MockComponent
    private CrossAgencyConfiguration configuration;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.configuration.now()).thenReturn(NOW);
        Space space = new Space(new SpaceCharter("S", new Bilingual("S", "S"), new Bilingual("P", "P"), "HEALTH",
            List.of("HEALTH", "REVENUE"), List.of("alice", "bob"), "UNCLASSIFIED", MembershipPolicy.OPEN, 90,
            Optional.empty()), SpaceStatus.ACTIVE, "alice", NOW, List.of());
        when(this.access.requireVisible(eq(this.connection), any(), anyString(), any(Boolean.class)))
            .thenReturn(space);
        when(this.access.isCleared(anyString(), any())).thenReturn(true);
    }

    @Test
    void onlyStewardsReadTheReview() throws Exception
    {
        assertThrows(AccessDeniedException.class,
            () -> this.service.getOpenReview(Actor.user("hana", "Hana", Locale.ENGLISH), "S"));
        verifyNoInteractions(this.reviews);
    }

    @Test
    void aConfirmationNeedsAnOpenReview() throws Exception
    {
        when(this.reviews.findOpen(this.connection, "S")).thenReturn(Optional.empty());

        assertEquals("gov.crossagency.error.noOpenReview", assertThrows(GovException.class,
            () -> this.service.confirm(ALICE, "S", "hana")).getMessageKey());
    }

    @Test
    void someoneWhoNoLongerMeetsTheConditionsIsNotReinstated() throws Exception
    {
        when(this.members.find(this.connection, "S", "hana", true)).thenReturn(Optional.of(new SpaceMember("S", "hana",
            Optional.of("HEALTH"), MemberRole.MEMBER, MemberState.SUSPENDED, NOW, Optional.empty(), Optional.empty(),
            Optional.of(DefaultSpaceReviewService.NOT_CONFIRMED))));
        when(this.memberships.get("hana")).thenReturn(Optional.of(new Membership("hana", "DIGITAL", Optional.empty())));

        assertEquals("gov.crossagency.error.cannotReinstate", assertThrows(GovException.class,
            () -> this.service.reinstate(ALICE, "S", "hana")).getMessageKey(), "moved to an agency not taking part");
        verify(this.members, never()).update(any(), any());
    }
}
