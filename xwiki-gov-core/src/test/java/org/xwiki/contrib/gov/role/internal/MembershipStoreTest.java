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
package org.xwiki.contrib.gov.role.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Home agencies on H2 and PostgreSQL: assignments and transfers with their audit records, in bulk through the deferred
 * queue, and refusals.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class MembershipStoreTest extends AbstractRoleStoreTest
{
    @Test
    void assignsAndTransfersAPersonWithAuditRecords() throws Exception
    {
        Actor gov = Persona.GOV_ADMIN.actor();
        this.memberships.assign(gov, new Membership("newbie", GovWorld.OWN, Optional.of("HEALTH-OPS")));
        this.memberships.assign(gov, new Membership("newbie", GovWorld.OTHER, Optional.empty()));
        long before = this.auditLog.verify().recordsChecked();
        this.memberships.assign(gov, new Membership("newbie", GovWorld.OTHER, Optional.empty()));

        assertEquals(Optional.of(new Membership("newbie", GovWorld.OTHER, Optional.empty())),
            this.memberships.get("newbie"));
        assertEquals(before, this.auditLog.verify().recordsChecked(), "an assignment that changes nothing");
        AuditRecord transfer = lastRecords(1).get(0);
        assertEquals("core.membership.assigned", transfer.type());
        assertEquals("{\"agency\":\"REVENUE\",\"previousAgency\":\"HEALTH\",\"previousUnit\":\"HEALTH-OPS\","
            + "\"unit\":\"\",\"user\":\"newbie\"}", transfer.payload());
        assertTrue(this.memberships.listMembers(GovWorld.OTHER).stream()
            .anyMatch(member -> member.userId().equals("newbie")));
    }

    @Test
    void aBulkAssignmentChecksEachPersonAndIsAuditedThroughTheDeferredQueue() throws Exception
    {
        this.kernel.directory().addUser("mover", "Mover");
        this.memberships.assign(Actor.system(), new Membership("mover", GovWorld.OTHER, Optional.empty()));
        long chainedBefore = this.auditLog.verify().recordsChecked();
        Map<String, GovException> refused = this.memberships.assignInBulk(Persona.HR_OWN.actor(), List.of(
            new Membership("newbie", GovWorld.OWN, Optional.of("HEALTH-OPS")),
            new Membership("nobody.here", GovWorld.OWN, Optional.empty()),
            new Membership("mover", GovWorld.OWN, Optional.empty()),
            new Membership("hana", GovWorld.OWN, Optional.of("REVENUE-OPS")),
            new Membership("omar", GovWorld.OWN, Optional.of("HEALTH-OPS"))));

        assertEquals(List.of("nobody.here", "mover", "hana"), List.copyOf(refused.keySet()), "in the given order");
        assertEquals("gov.core.error.user.unknown", refused.get("nobody.here").getMessageKey());
        assertEquals("gov.core.error.accessDenied", refused.get("mover").getMessageKey(),
            "a transfer out of another agency needs rights there too");
        assertEquals("gov.core.error.membership.unitInOtherAgency", refused.get("hana").getMessageKey());
        assertEquals(Optional.of("HEALTH-OPS"), this.memberships.get("newbie").orElseThrow().unitKey());
        assertEquals(Optional.of("HEALTH-OPS"), this.memberships.get("omar").orElseThrow().unitKey());
        assertEquals(GovWorld.OTHER, this.memberships.get("mover").orElseThrow().agencyKey(), "refused: unchanged");
        assertEquals(2, this.auditLog.countPending(), "recorded with the changes, chained later");
        assertEquals(2, this.auditLog.chainPending(10));
        assertEquals(List.of("core.membership.assigned", "core.membership.assigned"),
            lastRecords(2).stream().map(AuditRecord::type).toList());
        assertEquals(chainedBefore + 2, this.auditLog.verify().recordsChecked());
        assertEquals("gov.core.error.accessDenied", this.memberships.assignInBulk(Persona.HR_OTHER.actor(),
            List.of(new Membership("newbie", GovWorld.OTHER, Optional.empty()))).get("newbie").getMessageKey());
    }

    @Test
    void aTransferNeedsRightsOnBothAgencies() throws Exception
    {
        this.memberships.assign(Actor.system(), new Membership("newbie", GovWorld.OTHER, Optional.empty()));

        assertRefused("gov.core.error.accessDenied", () -> this.memberships.assign(Persona.HR_OWN.actor(),
            new Membership("newbie", GovWorld.OWN, Optional.empty())));
        assertEquals(GovWorld.OTHER, this.memberships.get("newbie").orElseThrow().agencyKey());
    }

    @Test
    void refusesAssignmentsThatDoNotFit() throws Exception
    {
        Actor gov = Persona.GOV_ADMIN.actor();
        assertRefused("gov.core.error.user.unknown",
            () -> this.memberships.assign(gov, new Membership("ghost", GovWorld.OWN, Optional.empty())));
        assertRefused("gov.core.error.agency.unknown",
            () -> this.memberships.assign(gov, new Membership("newbie", "NOPE", Optional.empty())));
        assertRefused("gov.core.error.unit.unknown",
            () -> this.memberships.assign(gov, new Membership("newbie", GovWorld.OWN, Optional.of("NOPE-OPS"))));
        assertRefused("gov.core.error.membership.unitInOtherAgency",
            () -> this.memberships.assign(gov, new Membership("newbie", GovWorld.OWN, Optional.of("REVENUE-OPS"))));
        assertEquals(Optional.empty(), this.memberships.get("newbie"));
    }
}
