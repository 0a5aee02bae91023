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
package org.xwiki.contrib.gov.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.collaboration.CollaborationPages;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleGrant;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.sandbox.internal.DemoData;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.EmbeddedPostgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo government, on H2 and, configured through {@code xwiki.properties}, on PostgreSQL.
 *
 * @version $Id$
 */
class DemoDataTest
{
    @TempDir
    Path data;

    @Test
    void theFirstStartCreatesTheDemoGovernmentAndTheNextOneKeepsIt() throws Exception
    {
        try (Sandbox sandbox = start()) {
            assertTrue(sandbox.isDemoDataCreated());
            assertDemoGovernment(sandbox.components());
        }
        try (Sandbox again = start()) {
            assertFalse(again.isDemoDataCreated());
            assertDemoGovernment(again.components());
        }
    }

    @Test
    void aLargerDemoGovernmentBringsItsOtherEmployeesInThroughHrImports() throws Exception
    {
        int generated = DemoData.GENERATED_EMPLOYEES + 40;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost",
            this.data, Optional.empty(), generated))) {
            MembershipService memberships = sandbox.components().get(MembershipService.class);
            int people = 0;
            for (String agency : List.of("DIGITAL", "HEALTH", "REVENUE")) {
                people += memberships.listMembers(agency).size();
            }
            assertEquals(8 + generated, people);
            assertEquals(Optional.of("HEALTH-PH-T001"), memberships.get("e000070").orElseThrow().unitKey(),
                "spread over the units in turn, as the first employees are, in teams under them");
            assertEquals(Optional.of("REVENUE-HR-T001"), memberships.get("e000066").orElseThrow().unitKey());
            OrgUnit team = sandbox.components().get(AgencyRegistry.class).getUnit("HEALTH-PH-T001").orElseThrow();
            assertEquals(new Bilingual("Public Health, team 001", "Santé publique, équipe 001"), team.name());
            assertEquals(Optional.of("HEALTH-PH"), team.parentKey());
            Actor bob = Actor.user("bob", "Bob Tremblay", Locale.ENGLISH);
            assertEquals(Optional.of("Public health analyst"), sandbox.components().get(ProfileService.class)
                .get(bob, "e000070").hr().positionTitle(), "imported with their position");

            SandboxClient newcomer = new SandboxClient(sandbox.uri());
            newcomer.signIn("e000070", DemoData.PASSWORD);
            assertTrue(newcomer.get("/policy/mine").body().contains("Social media policy"),
                "HEALTH's guideline is assigned to HEALTH's newcomers");
            assertTrue(sandbox.components().get(AuditLog.class).verify().isIntact());
        }
    }

    @Test
    void theStoreIsConfiguredInXwikiProperties() throws Exception
    {
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        Files.writeString(this.data.resolve(SandboxComponents.CONFIGURATION_FILE),
            "gov.store.url=" + postgres.createDatabase() + "\ngov.store.user=" + postgres.user() + '\n');

        try (Sandbox sandbox = start()) {
            assertEquals(DatabaseKind.POSTGRESQL, sandbox.components().get(GovStore.class).getDatabaseKind());
            assertDemoGovernment(sandbox.components());
            SandboxClient alice = new SandboxClient(sandbox.uri());
            alice.signIn("alice", "demo");
            assertTrue(alice.get("/").body().contains("Welcome, Alice Martin"));
        }
        assertFalse(Files.exists(this.data.resolve("gov").resolve("gov.mv.db")), "no H2 database on the side");
    }

    private Sandbox start() throws SandboxException
    {
        return Sandbox.start(new SandboxOptions(SandboxOptions.Command.SERVE, 0, "localhost", this.data));
    }

    private static void assertDemoGovernment(SandboxComponents components) throws Exception
    {
        assertEquals(List.of("DIGITAL", "HEALTH", "REVENUE"),
            components.get(AgencyRegistry.class).listAgencies().stream().map(Agency::key).toList());
        MembershipService memberships = components.get(MembershipService.class);
        int people = 0;
        for (String agency : List.of("DIGITAL", "HEALTH", "REVENUE")) {
            assertTrue(components.get(AgencyRegistry.class).listUnits(agency).size() >= 3, agency);
            List<Membership> members = memberships.listMembers(agency);
            assertTrue(members.size() >= 20, agency + " has " + members.size() + " people");
            assertTrue(members.stream().allMatch(member -> member.unitKey().isPresent()));
            people += members.size();
        }
        assertEquals(8 + DemoData.GENERATED_EMPLOYEES, people);
        assertEquals(Optional.empty(), memberships.get(DemoData.PARTNER), "the partner has no home agency");
        assertEquals(SpaceStatus.ACTIVE, components.get(SpaceService.class).get(Actor.user("alice", "Alice", Locale.ENGLISH),
            DemoData.DEMO_SPACE)
            .status(), "the demo cross-agency space is open");
        assertEquals(List.of("Welcome"), components.get(CollaborationPages.class).listPages(DemoData.DEMO_SPACE, 10)
            .stream().map(CollaborationPage::title).toList());
        RoleService roles = components.get(RoleService.class);
        assertEquals(List.of(GovRole.HR_OFFICER), roles.getGrants("hana").stream().map(RoleGrant::role).toList());
        assertEquals(Optional.of("REVENUE"), roles.getGrants("raj").get(0).agencyKey());
        assertEquals(GovRole.AGENCY_ADMIN, roles.getGrants("ada").get(0).role());
        assertEquals(GovRole.GOV_ADMIN, roles.getGrants("gov").get(0).role());
        assertEquals(Optional.of("HEALTH"), roles.getGrants("omar").get(0).agencyKey());
        assertEquals(Optional.of("REVENUE"), roles.getGrants("nadia").get(0).agencyKey());
        assertEquals(List.of(), roles.getGrants("alice"));
        assertEquals("HEALTH", memberships.get("alice").orElseThrow().agencyKey());
        assertEquals("REVENUE", memberships.get("bob").orElseThrow().agencyKey());
        ProfileService profiles = components.get(ProfileService.class);
        Actor alice = Actor.user("alice", "Alice Martin", Locale.ENGLISH);
        assertEquals(Optional.of("alice"), profiles.get(alice, "amelie.gagnon").hr().managerId(),
            "the first person of a unit manages the others");
        assertEquals(3, profiles.get(alice, "bob").skills().size());
        assertTrue(components.get(AuditLog.class).verify().isIntact());
    }
}
