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
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceActivity;
import org.xwiki.contrib.gov.crossagency.SpaceContentService;
import org.xwiki.contrib.gov.store.DatabaseKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A space's activity on H2 and PostgreSQL: written in the transaction of each change (a refused or repeated change
 * leaves none), newest first, and only the space's own events for a guest.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceActivityStoreTest extends AbstractSpaceStoreTest
{
    @Test
    void eachChangeIsInTheSpacesActivityAndAGuestSeesTheSpacesOwnEventsOnly() throws Exception
    {
        active("LIVELY", MembershipPolicy.OPEN);
        this.members.join(HANA, "LIVELY");
        this.members.join(HANA, "LIVELY");
        assertRefused("gov.crossagency.error.policy.OPEN", () -> this.members.request(RAJ, "LIVELY", "Hi"));
        this.members.sponsorGuest(ALICE, "LIVELY", "ada",
            LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC).plusDays(30), GuestAccess.READ);
        this.members.leave(HANA, "LIVELY");
        this.spaces.archive(ALICE, "LIVELY");

        SpaceContentService content = this.kernel.get(SpaceContentService.class);
        List<SpaceActivity> seenByBob = content.getActivity(BOB, "LIVELY");
        assertEquals(List.of("crossagency.space.archived", "crossagency.member.left", "crossagency.guest.sponsored",
            "crossagency.member.joined", "crossagency.space.activated"), types(seenByBob));
        assertEquals(Optional.of("hana"), seenByBob.get(1).subjectId());
        assertEquals(Optional.of("alice"), seenByBob.get(0).actorId());

        assertEquals(List.of("crossagency.space.archived", "crossagency.space.activated"),
            types(content.getActivity(ADA, "LIVELY")));
    }

    private static List<String> types(List<SpaceActivity> activity)
    {
        return activity.stream().map(SpaceActivity::eventType).toList();
    }
}
