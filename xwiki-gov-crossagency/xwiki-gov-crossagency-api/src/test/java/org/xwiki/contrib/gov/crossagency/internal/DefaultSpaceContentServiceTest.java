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
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.collaboration.CollaborationPages;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceActivity;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcActivityStore;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of {@link DefaultSpaceContentService}: the space's visibility first, then the content access the host
 * also gets, before the pages are read; guests and outsiders see no event about a member.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultSpaceContentServiceTest
{
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Actor PAT = Actor.user("pat", "Pat", Locale.ENGLISH);

    @InjectMockComponents
    private DefaultSpaceContentService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private SpaceAccess access;

    @MockComponent
    private JdbcActivityStore activity;

    @MockComponent
    private CollaborationSpaces collaborationSpaces;

    @MockComponent
    private ComponentManager componentManager;

    private final Connection connection = mock(Connection.class);

    private final CollaborationPages host = mock(CollaborationPages.class);

    private final Space space = new Space(new SpaceCharter("S", new Bilingual("S", "S"), new Bilingual("P", "P"),
        "HEALTH", List.of("HEALTH", "REVENUE"), List.of("alice", "bob"), "UNCLASSIFIED", MembershipPolicy.OPEN, 90,
        Optional.empty()), SpaceStatus.ACTIVE, "alice", NOW, List.of());

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.access.requireVisible(this.connection, ALICE, "S", false)).thenReturn(this.space);
        when(this.access.requireVisible(this.connection, PAT, "S", false)).thenReturn(this.space);
        when(this.componentManager.hasComponent(CollaborationPages.class)).thenReturn(true);
        when(this.componentManager.getInstance(CollaborationPages.class)).thenReturn(this.host);
        when(this.host.getNewPageUrl("S")).thenReturn("/pages?space=S");
    }

    @Test
    void anInvisibleSpaceIsRefusedBeforeTheHostIsAsked() throws Exception
    {
        when(this.access.requireVisible(this.connection, PAT, "S", false))
            .thenThrow(new NotFoundException("gov.crossagency.error.unknownSpace", "S"));

        assertThrows(NotFoundException.class, () -> this.service.getPages(PAT, "S"));
        assertThrows(NotFoundException.class, () -> this.service.getActivity(PAT, "S"));
        verifyNoInteractions(this.host, this.collaborationSpaces, this.activity);
    }

    @Test
    void someoneWhoMayNotReadTheContentGetsNoPages() throws Exception
    {
        when(this.collaborationSpaces.getAccess("pat", "S")).thenReturn(ContentAccess.NONE);

        assertThrows(AccessDeniedException.class, () -> this.service.getPages(PAT, "S"));
        assertEquals(Optional.empty(), this.service.getNewPageUrl(PAT, "S"));
        verifyNoInteractions(this.host);
    }

    @Test
    void aReaderSeesThePagesButIsNotOfferedToWriteOne() throws Exception
    {
        when(this.collaborationSpaces.getAccess("pat", "S")).thenReturn(ContentAccess.VIEW);
        List<CollaborationPage> pages = List.of(new CollaborationPage("Notes", "Notes", 2, "bob", NOW, "/p"));
        when(this.host.listPages("S", DefaultSpaceContentService.LATEST)).thenReturn(pages);

        assertEquals(pages, this.service.getPages(PAT, "S"));
        assertEquals(Optional.empty(), this.service.getNewPageUrl(PAT, "S"));
    }

    @Test
    void anEditorIsOfferedTheHostsNewPage() throws Exception
    {
        when(this.collaborationSpaces.getAccess("alice", "S")).thenReturn(ContentAccess.EDIT);

        assertEquals(Optional.of("/pages?space=S"), this.service.getNewPageUrl(ALICE, "S"));
    }

    @Test
    void withoutAHostThereAreNoPages() throws Exception
    {
        when(this.componentManager.hasComponent(CollaborationPages.class)).thenReturn(false);
        when(this.collaborationSpaces.getAccess("alice", "S")).thenReturn(ContentAccess.EDIT);

        assertEquals(List.of(), this.service.getPages(ALICE, "S"));
        assertEquals(Optional.empty(), this.service.getNewPageUrl(ALICE, "S"));
    }

    @Test
    void aGuestSeesTheSpacesOwnEventsAndThePagesSavedNewestFirst() throws Exception
    {
        when(this.access.seesWhoIsIn(this.connection, PAT, this.space)).thenReturn(false);
        SpaceActivity opened = new SpaceActivity(NOW.minusSeconds(60), "crossagency.space.activated",
            Optional.of("omar"), Optional.empty(), Optional.empty(), Optional.empty());
        when(this.activity.latest(this.connection, "S", DefaultSpaceContentService.LATEST, true))
            .thenReturn(List.of(opened));
        when(this.collaborationSpaces.getAccess("pat", "S")).thenReturn(ContentAccess.VIEW);
        when(this.host.listPages("S", DefaultSpaceContentService.LATEST))
            .thenReturn(List.of(new CollaborationPage("Notes", "Notes", 2, "bob", NOW, "/p")));

        List<SpaceActivity> latest = this.service.getActivity(PAT, "S");

        assertEquals(List.of(SpaceActivity.PAGE_SAVED, "crossagency.space.activated"),
            latest.stream().map(SpaceActivity::eventType).toList());
        assertEquals(Optional.of("/p"), latest.get(0).pageUrl());
        verify(this.activity).latest(this.connection, "S", DefaultSpaceContentService.LATEST, true);
    }

    @Test
    void aMemberSeesEveryEventButNoPageWhileGated() throws Exception
    {
        when(this.access.seesWhoIsIn(this.connection, ALICE, this.space)).thenReturn(true);
        when(this.activity.latest(any(), any(), anyInt(), anyBoolean())).thenReturn(List.of());
        when(this.collaborationSpaces.getAccess("alice", "S")).thenReturn(ContentAccess.NONE);

        assertEquals(List.of(), this.service.getActivity(ALICE, "S"));
        verify(this.activity).latest(this.connection, "S", DefaultSpaceContentService.LATEST, false);
        verifyNoInteractions(this.host);
    }
}
