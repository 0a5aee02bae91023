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
package org.xwiki.contrib.gov.role;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.script.CoreScriptService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AuthorizationMatrix;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;
import org.xwiki.script.service.ScriptService;

import static org.xwiki.contrib.gov.test.AuthorizationMatrix.orThrow;
import static org.xwiki.contrib.gov.test.Persona.AGENCY_ADMIN_OWN;
import static org.xwiki.contrib.gov.test.Persona.ANONYMOUS;
import static org.xwiki.contrib.gov.test.Persona.GOV_ADMIN;
import static org.xwiki.contrib.gov.test.Persona.HR_OWN;

/**
 * Every kernel operation, for every persona, through the services and through {@code $services.govcore}. The
 * operations target the agency {@link GovWorld#OWN}.
 *
 * @version $Id$
 */
class CoreAuthorizationMatrixTest
{
    private static final Optional<String> OWN = Optional.of(GovWorld.OWN);

    private static final Set<Persona> ADMINS_OF_OWN = EnumSet.of(AGENCY_ADMIN_OWN, GOV_ADMIN);

    @TempDir
    Path folder;

    private TestKernel kernel;

    @BeforeEach
    void createWorld() throws GovException
    {
        this.kernel = TestKernel.start(TestDatabase.create(DatabaseKind.H2, this.folder), this.folder);
        GovWorld.create(this.kernel);
        for (Persona persona : Persona.values()) {
            this.kernel.directory().addUser(target(persona), "Target of " + persona);
            this.kernel.directory().addUser(revokable(persona), "Role holder for " + persona);
            this.kernel.get(RoleService.class).grant(Actor.system(), revokable(persona), GovRole.HR_OFFICER, OWN);
        }
    }

    @AfterEach
    void stopKernel()
    {
        this.kernel.close();
    }

    @TestFactory
    Stream<DynamicTest> coreOperations()
    {
        AgencyRegistry agencies = this.kernel.get(AgencyRegistry.class);
        RoleService roles = this.kernel.get(RoleService.class);
        MembershipService memberships = this.kernel.get(MembershipService.class);
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        CoreScriptService script = (CoreScriptService) this.kernel.<ScriptService>get(ScriptService.class, "govcore");
        Bilingual name = new Bilingual("Renamed", "Renommé");
        return new AuthorizationMatrix(this.kernel)
            .row("core.agency.create", Set.of(GOV_ADMIN), persona -> agencies.createAgency(actor(persona),
                new Agency("NEW_" + persona.ordinal(), name, "N", Optional.empty())))
            .row("core.agency.rename", ADMINS_OF_OWN,
                persona -> agencies.renameAgency(actor(persona), GovWorld.OWN, name, "H"))
            .row("core.unit.create", ADMINS_OF_OWN, persona -> agencies.createUnit(actor(persona),
                new OrgUnit("HEALTH-U" + persona.ordinal(), GovWorld.OWN, name, Optional.empty())))
            .row("core.unit.rename", ADMINS_OF_OWN,
                persona -> agencies.renameUnit(actor(persona), GovWorld.OWN + GovWorld.UNIT_SUFFIX, name))
            .row("core.role.grant (agency)", ADMINS_OF_OWN,
                persona -> roles.grant(actor(persona), target(persona), GovRole.HR_OFFICER, OWN))
            .row("core.role.revoke (agency)", ADMINS_OF_OWN,
                persona -> roles.revoke(actor(persona), revokable(persona), GovRole.HR_OFFICER, OWN))
            .row("core.role.grant (government)", Set.of(GOV_ADMIN),
                persona -> roles.grant(actor(persona), target(persona), GovRole.GOV_ADMIN, Optional.empty()))
            .row("core.membership.assign", EnumSet.of(HR_OWN, AGENCY_ADMIN_OWN, GOV_ADMIN),
                persona -> memberships.assign(actor(persona),
                    new Membership(target(persona), GovWorld.OWN, Optional.empty())))
            .row("core.clearance.set", EnumSet.of(HR_OWN, GOV_ADMIN),
                persona -> clearances.set(actor(persona), "alice", "PROTECTED_A"))
            .row("core.clearance.set (in bulk)", EnumSet.of(HR_OWN, GOV_ADMIN), persona -> {
                for (GovException refused : clearances.setInBulk(actor(persona), Map.of("alice", "PROTECTED_B"))
                    .values()) {
                    throw refused;
                }
            })
            .row("core.membership.assign (in bulk)", EnumSet.of(HR_OWN, AGENCY_ADMIN_OWN, GOV_ADMIN),
                persona -> {
                    for (GovException refused : memberships.assignInBulk(actor(persona),
                        List.of(new Membership(target(persona), GovWorld.OWN, Optional.empty()))).values()) {
                        throw refused;
                    }
                })
            .row("script: getAgencies", EnumSet.complementOf(EnumSet.of(ANONYMOUS)),
                persona -> orThrow(script.getAgencies()))
            .row("script: getUnits", EnumSet.complementOf(EnumSet.of(ANONYMOUS)),
                persona -> orThrow(script.getUnits(GovWorld.OWN)))
            .row("script: getGrants (agency)", ADMINS_OF_OWN, persona -> orThrow(script.getGrants(GovWorld.OWN)))
            .row("script: getGrants (government)", Set.of(GOV_ADMIN), persona -> orThrow(script.getGrants("")))
            .row("script: createUnit", ADMINS_OF_OWN, persona -> orThrow(script.createUnit(GovWorld.OWN,
                "HEALTH-S" + persona.ordinal(), "Script unit", "Unité script", "")))
            .row("script: grantRole", ADMINS_OF_OWN,
                persona -> orThrow(script.grantRole(target(persona), "AGENCY_ADMIN", GovWorld.OWN)))
            .row("script: assignMembership", EnumSet.of(HR_OWN, AGENCY_ADMIN_OWN, GOV_ADMIN),
                persona -> orThrow(script.assignMembership(target(persona), GovWorld.OWN, "")))
            .row("script: verifyAudit", Set.of(GOV_ADMIN), persona -> orThrow(script.verifyAudit()))
            .row("script: auditCheckpointWindow", Set.of(GOV_ADMIN),
                persona -> orThrow(script.getAuditCheckpointWindow()))
            .tests();
    }

    private static Actor actor(Persona persona)
    {
        return persona.actor();
    }

    private static String target(Persona persona)
    {
        return "target" + persona.ordinal();
    }

    private static String revokable(Persona persona)
    {
        return "holder" + persona.ordinal();
    }
}
