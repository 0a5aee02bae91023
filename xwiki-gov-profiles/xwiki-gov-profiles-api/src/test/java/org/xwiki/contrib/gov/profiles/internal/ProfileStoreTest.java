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
package org.xwiki.contrib.gov.profiles.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.directory.ReportingLine;
import org.xwiki.contrib.gov.profiles.Completeness;
import org.xwiki.contrib.gov.profiles.OrgChart;
import org.xwiki.contrib.gov.profiles.PersonSummary;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.details;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.hr;

/**
 * Profiles on H2 and PostgreSQL: fields as each viewer may see them, HR fields and manager cycles, unit members,
 * completeness, bad input and markup.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ProfileStoreTest extends AbstractProfileStoreTest
{
    @Test
    void eachViewerSeesOnlyTheFieldsTheirPlaceAllows() throws GovException
    {
        aliceHidesPhoneAndBio();

        ProfileView own = this.profiles.get(ALICE, ALICE_ID);
        assertEquals(List.of("data science", "kubernetes"), own.details().skills(), "normalised, no duplicates");
        assertTrue(own.editable());
        assertEquals(Visibility.PRIVATE, own.visibilities().get(PersonalField.PHONE));
        assertEquals(Optional.of("+1 613 555 0100"), own.details().phone());

        ProfileView fromOtherAgency = this.profiles.get(BOB, ALICE_ID);
        assertEquals(Optional.empty(), fromOtherAgency.details().phone());
        assertEquals(Optional.empty(), fromOtherAgency.details().bio());
        assertFalse(fromOtherAgency.isShown(PersonalField.BIO));
        assertEquals(Optional.of("Ottawa"), fromOtherAgency.details().location());
        assertTrue(fromOtherAgency.visibilities().isEmpty(), "only the person sees the visibility settings");
        assertFalse(fromOtherAgency.editable());

        ProfileView fromOwnAgency = this.profiles.get(Persona.AGENCY_ADMIN_OWN.actor(), ALICE_ID);
        assertEquals(Optional.of("Loves maps"), fromOwnAgency.details().bio());
        assertEquals(Optional.empty(), fromOwnAgency.details().phone(), "private: not even the agency admin");

        assertEquals(Optional.of("+1 613 555 0100"), this.profiles.get(HANA, ALICE_ID).details().phone(),
            "private: the HR officers of the person's agency");
        assertEquals(Optional.empty(), this.profiles.get(RAJ, ALICE_ID).details().phone());
        assertEquals(Optional.empty(), this.profiles.get(Persona.GOV_ADMIN.actor(), ALICE_ID).details().phone());
    }

    @Test
    void aPersonHrDeactivatedNoLongerSeesAnything() throws GovException
    {
        aliceHidesPhoneAndBio();
        String omar = Persona.AGENCY_ADMIN_OWN.userId().orElseThrow();
        this.profiles.updateHr(HANA, omar, hr("Omar Director", "Director", Optional.empty()));
        Actor omarActor = Persona.AGENCY_ADMIN_OWN.actor();
        assertEquals(Optional.of("Loves maps"), this.profiles.get(omarActor, ALICE_ID).details().bio(),
            "agency-only: a colleague of the agency reads it");

        this.profiles.setActive(HANA, omar, false);

        assertEquals("gov.core.error.accessDenied", assertThrows(GovException.class,
            () -> this.profiles.get(omarActor, ALICE_ID)).getMessageKey(), "a person who left sees nothing");
        this.profiles.setActive(HANA, omar, true);
        assertEquals(Optional.of("Loves maps"), this.profiles.get(omarActor, ALICE_ID).details().bio(),
            "reactivated");
    }

    @Test
    void aManagerFromAnotherAgencyIsNamedByAGovernmentAdministratorOnly() throws GovException
    {
        String bob = Persona.EMPLOYEE_OTHER.userId().orElseThrow();
        this.profiles.updateHr(RAJ, bob, hr("Bob Other", "Director", Optional.empty()));
        ReportingLine lines = this.kernel.get(ReportingLine.class);

        GovException refused = assertThrows(GovException.class,
            () -> this.profiles.updateHr(HANA, ALICE_ID, hr("Alice Analyst", "Analyst", Optional.of(bob))));
        assertEquals("gov.profiles.error.managerOtherAgency", refused.getMessageKey());
        assertEquals(Optional.empty(), lines.getManager(ALICE_ID), "nothing written");

        this.profiles.updateHr(Persona.GOV_ADMIN.actor(), ALICE_ID, hr("Alice Analyst", "Analyst", Optional.of(bob)));
        assertEquals(Optional.of(bob), lines.getManager(ALICE_ID));
        this.profiles.updateHr(HANA, ALICE_ID, hr("Alice Analyst", "Senior analyst", Optional.of(bob)));
        assertEquals(Optional.of("Senior analyst"), this.profiles.get(HANA, ALICE_ID).hr().positionTitle(),
            "HR keeps editing the person's fields; the line a government administrator drew stays");
    }

    @Test
    void hrFieldsNeedTheHrOfThePersonsAgencyAndRefuseManagerCycles() throws GovException
    {
        this.profiles.updateHr(HANA, "omar", hr("Omar Director", "Director", Optional.empty()));
        this.profiles.updateHr(HANA, "hana", hr("Hana HR", "HR advisor", Optional.of("omar")));
        this.profiles.updateHr(HANA, ALICE_ID, hr("Alice Analyst", "Analyst", Optional.of("hana")));
        assertEquals(Optional.of("hana"), this.kernel.get(ReportingLine.class).getManager(ALICE_ID));

        GovException cycle = assertThrows(GovException.class,
            () -> this.profiles.updateHr(HANA, "omar", hr("Omar Director", "Chief", Optional.of(ALICE_ID))));
        assertEquals("gov.profiles.error.managerCycle", cycle.getMessageKey());
        assertEquals(Optional.of("Director"), this.profiles.get(ALICE, "omar").hr().positionTitle(),
            "nothing written");
        GovException self = assertThrows(GovException.class,
            () -> this.profiles.updateHr(HANA, "omar", hr("Omar Director", "Director", Optional.of("omar"))));
        assertEquals("gov.profiles.error.managerCycle", self.getMessageKey());
        assertEquals("gov.profiles.error.unknownManager", assertThrows(GovException.class,
            () -> this.profiles.updateHr(HANA, ALICE_ID, hr("Alice", "Analyst", Optional.of("nobody"))))
            .getMessageKey());
        assertEquals("gov.core.error.accessDenied", assertThrows(GovException.class,
            () -> this.profiles.updateHr(RAJ, ALICE_ID, hr("Alice", "Analyst", Optional.empty()))).getMessageKey());

        OrgChart chart = this.profiles.getOrgChart(BOB, "hana");
        assertEquals(List.of("omar"), chart.managerChain().stream().map(PersonSummary::userId).toList());
        assertEquals(List.of(ALICE_ID), chart.directReports().stream().map(PersonSummary::userId).toList());
        assertEquals(List.of("hana", "omar"),
            this.profiles.getOrgChart(BOB, ALICE_ID).managerChain().stream().map(PersonSummary::userId).toList());
        assertTrue(this.kernel.get(AuditLog.class).read(0, 1000).stream()
            .anyMatch(entry -> "profiles.hr.updated".equals(entry.type())));
    }

    @Test
    void unitMembersAreTheOtherActivePeopleOfTheUnit() throws GovException
    {
        this.kernel.get(org.xwiki.contrib.gov.role.MembershipService.class).assign(Actor.system(),
            new org.xwiki.contrib.gov.role.Membership(ALICE_ID, GovWorld.OWN,
                Optional.of(GovWorld.OWN + GovWorld.UNIT_SUFFIX)));
        this.kernel.get(org.xwiki.contrib.gov.role.MembershipService.class).assign(Actor.system(),
            new org.xwiki.contrib.gov.role.Membership("hana", GovWorld.OWN,
                Optional.of(GovWorld.OWN + GovWorld.UNIT_SUFFIX)));
        this.profiles.updateHr(HANA, ALICE_ID, hr("Alice Analyst", "Analyst", Optional.empty()));
        this.profiles.updateHr(HANA, "hana", hr("Hana HR", "HR advisor", Optional.empty()));

        assertEquals(List.of("hana"),
            this.profiles.getOrgChart(BOB, ALICE_ID).unitMembers().stream().map(PersonSummary::userId).toList());

        this.profiles.updateHr(HANA, ALICE_ID, hr("Alice Analyst", "Analyst", Optional.of("hana")));
        assertEquals(List.of(), this.profiles.getOrgChart(BOB, ALICE_ID).unitMembers(),
            "her manager is shown as such, not again as a member of her unit");
        OrgChart hana = this.profiles.getOrgChart(BOB, "hana");
        assertEquals(List.of(ALICE_ID), hana.directReports().stream().map(PersonSummary::userId).toList());
        assertEquals(List.of(), hana.unitMembers(), "a direct report is not listed twice");
    }

    @Test
    void completenessListsTheMissingRecommendedFieldsToThePersonAndTheirHr() throws GovException
    {
        this.profiles.updateOwn(ALICE, new PersonalDetails(Optional.empty(), Optional.empty(), Optional.of("Ottawa"),
            Optional.empty(), Optional.empty(), List.of(), List.of("gis"), Optional.empty(), false, Optional.empty(),
            List.of()), Map.of());

        Completeness completeness = this.profiles.getCompleteness(ALICE, ALICE_ID);
        assertEquals(25, completeness.percent());
        assertEquals(List.of("positionTitle", "manager", "phone", "email", "languages", "bio"),
            completeness.missing());
        assertEquals(completeness, this.profiles.getCompleteness(HANA, ALICE_ID));
        assertEquals("gov.core.error.accessDenied",
            assertThrows(GovException.class, () -> this.profiles.getCompleteness(BOB, ALICE_ID)).getMessageKey());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingWritten() throws GovException
    {
        aliceHidesPhoneAndBio();
        PersonalDetails good = details(List.of("gis"), "Bio");
        List<PersonalDetails> bad = List.of(
            withPhone(good, "call me <script>"),
            new PersonalDetails(Optional.of("x".repeat(201)), good.pronouns(), good.location(), good.phone(),
                good.email(), good.languages(), good.skills(), good.bio(), true, Optional.empty(), good.links()),
            new PersonalDetails(good.preferredName(), good.pronouns(), good.location(), good.phone(),
                Optional.of("not-an-address"), good.languages(), good.skills(), good.bio(), true, Optional.empty(),
                good.links()),
            details(List.of("s".repeat(101)), ""),
            details(java.util.stream.IntStream.range(0, 51).mapToObj(i -> "skill " + i).toList(), ""));
        List<String> keys = List.of("gov.profiles.field.phone.invalid", "gov.profiles.field.preferredName.tooLong",
            "gov.profiles.field.email.invalid", "gov.profiles.field.skills.tooLong",
            "gov.profiles.field.skills.tooMany");
        for (int i = 0; i < bad.size(); i++) {
            PersonalDetails details = bad.get(i);
            assertEquals(keys.get(i),
                assertThrows(GovException.class, () -> this.profiles.updateOwn(ALICE, details, Map.of()))
                    .getMessageKey());
        }
        assertEquals(List.of("data science", "kubernetes"), this.profiles.get(ALICE, ALICE_ID).details().skills());
        assertEquals("gov.profiles.error.unknownPerson",
            assertThrows(GovException.class, () -> this.profiles.get(ALICE, "nobody")).getMessageKey());
    }

    @Test
    void markupIsStoredAsPlainText() throws GovException
    {
        String markup = "<script>alert(1)</script>{{/html}}{{groovy}}x{{/groovy}}";
        this.profiles.updateOwn(ALICE, details(List.of(markup), markup), Map.of());
        ProfileView view = this.profiles.get(BOB, ALICE_ID);
        assertEquals(Optional.of(markup), view.details().bio());
        assertEquals(markup.toLowerCase(java.util.Locale.ROOT), view.details().skills().get(0));
    }
}
