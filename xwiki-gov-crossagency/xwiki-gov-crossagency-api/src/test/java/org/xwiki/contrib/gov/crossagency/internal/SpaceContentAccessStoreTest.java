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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.collaboration.CollaborationRights;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may view or edit a space's content, on H2 and PostgreSQL, and the hosts told when it may have changed.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceContentAccessStoreTest extends AbstractSpaceStoreTest
{
    /** A host mirroring access, recording what it is told. */
    private static final class RecordingRights implements CollaborationRights
    {
        private final List<String> told = new ArrayList<>();

        @Override
        public void accessChanged(String spaceKey, Collection<String> userIds)
        {
            this.told.add(spaceKey + ' ' + userIds);
        }
    }

    @Test
    void membersEditGuestsAsSponsoredArchivedSpacesAreReadOnlyAndTheRestSeeNothing() throws Exception
    {
        RecordingRights host = new RecordingRights();
        this.kernel.register(CollaborationRights.class, "recording", host);
        CollaborationSpaces content = this.kernel.get(CollaborationSpaces.class);
        LocalDate today = LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
        active("CONTENT", MembershipPolicy.OPEN);
        this.members.join(HANA, "CONTENT");
        this.members.sponsorGuest(ALICE, "CONTENT", "ada", today.plusDays(30), GuestAccess.READ);
        this.members.sponsorGuest(ALICE, "CONTENT", "gov", today.plusDays(30), GuestAccess.CONTRIBUTE);

        assertEquals(ContentAccess.EDIT, content.getAccess("alice", "CONTENT"), "a steward");
        assertEquals(ContentAccess.EDIT, content.getAccess("hana", "CONTENT"), "a member");
        assertEquals(ContentAccess.VIEW, content.getAccess("ada", "CONTENT"), "a reading guest");
        assertEquals(ContentAccess.EDIT, content.getAccess("gov", "CONTENT"), "a contributing guest");
        assertEquals(ContentAccess.NONE, content.getAccess("raj", "CONTENT"), "not in it");
        assertEquals(ContentAccess.NONE, content.getAccess("hana", "NO_SUCH_SPACE"));
        assertEquals(Map.of("alice", ContentAccess.EDIT, "bob", ContentAccess.EDIT, "hana", ContentAccess.EDIT,
            "ada", ContentAccess.VIEW, "gov", ContentAccess.EDIT), content.listAccess("CONTENT"));
        assertTrue(host.told.contains("CONTENT [hana]"), host.told.toString());

        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership("hana", GovWorld.THIRD, Optional.empty()));
        assertEquals(ContentAccess.NONE, content.getAccess("hana", "CONTENT"), "suspended by a move");
        this.spaces.archive(ALICE, "CONTENT");
        assertEquals(ContentAccess.VIEW, content.getAccess("alice", "CONTENT"), "archived: read-only");
        assertEquals(ContentAccess.VIEW, content.getAccess("gov", "CONTENT"));
        assertEquals("CONTENT []", host.told.get(host.told.size() - 1), "everyone's access may have changed");
    }

    @Test
    void everySpaceIsListedForReconciliationWhateverItsStatus() throws Exception
    {
        CollaborationSpaces content = this.kernel.get(CollaborationSpaces.class);
        assertEquals(List.of(), content.listSpaces());
        active("OPENED", MembershipPolicy.OPEN);
        active("CLOSING", MembershipPolicy.OPEN);
        this.spaces.archive(ALICE, "CLOSING");

        assertEquals(List.of("CLOSING", "OPENED"), content.listSpaces());
    }
}
