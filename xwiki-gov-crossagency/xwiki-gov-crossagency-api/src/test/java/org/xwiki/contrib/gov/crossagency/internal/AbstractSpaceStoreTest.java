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

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceMember;
import org.xwiki.contrib.gov.crossagency.SpaceMembershipService;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The world the cross-agency store tests share, on H2 or PostgreSQL: the demo personas, and spaces of HEALTH and
 * REVENUE whose stewards are alice and bob.
 *
 * @version $Id$
 */
public abstract class AbstractSpaceStoreTest extends AbstractKernelTest
{
    protected static final Actor ALICE = Persona.EMPLOYEE_OWN.actor();

    protected static final Actor BOB = Persona.EMPLOYEE_OTHER.actor();

    protected static final Actor HANA = Persona.HR_OWN.actor();

    protected static final Actor RAJ = Persona.HR_OTHER.actor();

    protected static final Actor OMAR = Persona.AGENCY_ADMIN_OWN.actor();

    protected static final Actor ADA = Persona.AGENCY_ADMIN_OTHER.actor();

    protected static final Actor GOV = Persona.GOV_ADMIN.actor();

    protected static final String UNCLASSIFIED = "UNCLASSIFIED";

    protected SpaceService spaces;

    protected SpaceMembershipService members;

    @BeforeEach
    protected void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.spaces = this.kernel.get(SpaceService.class);
        this.members = this.kernel.get(SpaceMembershipService.class);
    }

    /**
     * @return a charter of HEALTH (lead) and REVENUE, stewarded by alice and bob
     */
    protected static SpaceCharter charter(String key, MembershipPolicy policy, String label)
    {
        return new SpaceCharter(key, new Bilingual("Space " + key, "Espace " + key),
            new Bilingual("Work together.", "Travailler ensemble."), GovWorld.OWN,
            List.of(GovWorld.OWN, GovWorld.OTHER), List.of("alice", "bob"), label, policy, 90, Optional.empty());
    }

    protected void active(String key, MembershipPolicy policy) throws GovException
    {
        active(key, policy, UNCLASSIFIED);
    }

    /**
     * Proposes the space as alice and approves it for both agencies.
     */
    protected void active(String key, MembershipPolicy policy, String label) throws GovException
    {
        this.spaces.propose(ALICE, charter(key, policy, label));
        this.spaces.approve(Actor.system(), key, GovWorld.OWN);
        this.spaces.approve(Actor.system(), key, GovWorld.OTHER);
    }

    protected static List<String> userIds(List<SpaceMember> members)
    {
        return members.stream().map(SpaceMember::userId).toList();
    }

    protected static void assertRefused(String messageKey, Executable call)
    {
        assertEquals(messageKey, assertThrows(GovException.class, call).getMessageKey());
    }
}
