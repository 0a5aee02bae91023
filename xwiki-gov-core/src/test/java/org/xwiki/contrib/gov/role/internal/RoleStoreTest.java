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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.authorization.GovOperation;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Role grants on H2 and PostgreSQL: granted and revoked with their audit records, refusals, the last government
 * administrator, the agencies each check allows.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class RoleStoreTest extends AbstractRoleStoreTest
{
    @Test
    void grantsAndRevokesAnAgencyRoleWithAuditRecords() throws Exception
    {
        Actor admin = Persona.AGENCY_ADMIN_OWN.actor();
        this.kernel.clock().advance(java.time.Duration.ofMinutes(5));
        this.roles.grant(admin, "newbie", GovRole.HR_OFFICER, HEALTH);

        RoleGrant grant = this.roles.getGrants("newbie").get(0);
        assertEquals(new RoleGrant("newbie", GovRole.HR_OFFICER, HEALTH, this.kernel.clock().instant(), "omar"),
            grant);
        assertTrue(this.roles.listGrants(HEALTH).contains(grant));

        this.roles.revoke(admin, "newbie", GovRole.HR_OFFICER, HEALTH);
        assertEquals(List.of(), this.roles.getGrants("newbie"));
        List<AuditRecord> last = lastRecords(2);
        assertEquals("core.role.granted", last.get(0).type());
        assertEquals("core.role.revoked", last.get(1).type());
        assertEquals("{\"agency\":\"HEALTH\",\"role\":\"HR_OFFICER\",\"user\":\"newbie\"}", last.get(1).payload());
        assertEquals("omar", last.get(1).actorId());
    }

    @Test
    void refusesGrantsThatDoNotFit() throws Exception
    {
        Actor gov = Persona.GOV_ADMIN.actor();
        assertRefused("gov.core.error.user.unknown", () -> this.roles.grant(gov, "ghost", GovRole.HR_OFFICER, HEALTH));
        assertRefused("gov.core.error.agency.unknown",
            () -> this.roles.grant(gov, "newbie", GovRole.HR_OFFICER, Optional.of("NOPE")));
        assertRefused("gov.core.error.role.agencyRequired",
            () -> this.roles.grant(gov, "newbie", GovRole.AGENCY_ADMIN, Optional.empty()));
        assertRefused("gov.core.error.role.agencyNotAllowed",
            () -> this.roles.grant(gov, "newbie", GovRole.GOV_ADMIN, HEALTH));
        assertRefused("gov.core.error.role.alreadyGranted",
            () -> this.roles.grant(gov, "hana", GovRole.HR_OFFICER, HEALTH));
        assertRefused("gov.core.error.role.notGranted",
            () -> this.roles.revoke(gov, "newbie", GovRole.HR_OFFICER, HEALTH));
        assertRefused("gov.core.error.role.lastGovAdmin",
            () -> this.roles.revoke(gov, "gov", GovRole.GOV_ADMIN, Optional.empty()));
        assertEquals(List.of(), this.roles.getGrants("newbie"));
    }

    @Test
    void theLastGovernmentAdministratorCanBeReplaced() throws Exception
    {
        Actor gov = Persona.GOV_ADMIN.actor();
        this.roles.grant(gov, "newbie", GovRole.GOV_ADMIN, Optional.empty());
        this.roles.revoke(Persona.GOV_ADMIN.actor(), "gov", GovRole.GOV_ADMIN, Optional.empty());

        assertEquals(List.of("newbie"),
            this.roles.listGrants(Optional.empty()).stream().map(RoleGrant::userId).toList());
    }

    @Test
    void theAllowedAgenciesAreThoseEachCheckAllows() throws Exception
    {
        GovAuthorization authorization = this.kernel.get(GovAuthorization.class);
        List<String> agencies = List.of(GovWorld.THIRD, GovWorld.OWN, GovWorld.OTHER);
        for (Persona persona : Persona.values()) {
            for (GovOperation operation : List.of(CoreOperations.ASSIGN_MEMBERSHIP, CoreOperations.VIEW_AGENCIES)) {
                List<String> expected = new ArrayList<>();
                for (String agency : agencies) {
                    if (authorization.isAllowed(persona.actor(), operation, Optional.of(agency))) {
                        expected.add(agency);
                    }
                }
                assertEquals(expected, authorization.allowedAgencies(persona.actor(), operation, agencies),
                    persona + " " + operation.name());
            }
        }
        assertEquals(List.of(GovWorld.OWN), authorization.allowedAgencies(Persona.HR_OWN.actor(),
            CoreOperations.ASSIGN_MEMBERSHIP, agencies));
    }
}
