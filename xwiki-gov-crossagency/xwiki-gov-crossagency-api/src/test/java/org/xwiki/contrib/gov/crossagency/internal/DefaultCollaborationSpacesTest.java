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
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore.AccessRow;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The rules of {@link DefaultCollaborationSpaces}: the membership's state, the space's status, a guest's access and
 * the guidelines' gate decide.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultCollaborationSpacesTest
{
    @InjectMockComponents
    private DefaultCollaborationSpaces service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcSpaceMemberStore members;

    @MockComponent
    private GuidelineGates gates;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.gates.passesAll(anyString(), anyList())).thenReturn(true);
    }

    @Test
    void theStateTheStatusAndTheGuestsAccessDecide() throws Exception
    {
        assertEquals(ContentAccess.NONE, access(SpaceStatus.ACTIVE, MemberRole.MEMBER, MemberState.SUSPENDED, null));
        assertEquals(ContentAccess.NONE, access(SpaceStatus.ACTIVE, MemberRole.MEMBER, MemberState.INVITED, null));
        assertEquals(ContentAccess.NONE, access(SpaceStatus.PROPOSED, MemberRole.STEWARD, MemberState.ACTIVE, null));
        assertEquals(ContentAccess.EDIT, access(SpaceStatus.ACTIVE, MemberRole.MEMBER, MemberState.ACTIVE, null));
        assertEquals(ContentAccess.VIEW, access(SpaceStatus.ARCHIVED, MemberRole.STEWARD, MemberState.ACTIVE, null));
        assertEquals(ContentAccess.VIEW,
            access(SpaceStatus.ACTIVE, MemberRole.GUEST, MemberState.ACTIVE, GuestAccess.READ));
        assertEquals(ContentAccess.EDIT,
            access(SpaceStatus.ACTIVE, MemberRole.GUEST, MemberState.ACTIVE, GuestAccess.CONTRIBUTE));
        when(this.members.findAccess(this.connection, "S", "nobody")).thenReturn(List.of());
        assertEquals(ContentAccess.NONE, this.service.getAccess("nobody", "S"));
    }

    private ContentAccess access(SpaceStatus status, MemberRole role, MemberState state, GuestAccess guest)
        throws Exception
    {
        when(this.members.findAccess(this.connection, "S", "hana")).thenReturn(List.of(new AccessRow("hana", status,
            role, state, Optional.ofNullable(guest), false)));
        return this.service.getAccess("hana", "S");
    }
}
