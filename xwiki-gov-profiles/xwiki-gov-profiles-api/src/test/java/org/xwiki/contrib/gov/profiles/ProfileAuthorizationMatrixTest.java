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
package org.xwiki.contrib.gov.profiles;

import java.nio.file.Path;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AuthorizationMatrix;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.xwiki.contrib.gov.profiles.ProfileFixtures.details;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.hr;
import static org.xwiki.contrib.gov.test.Persona.AGENCY_ADMIN_OWN;
import static org.xwiki.contrib.gov.test.Persona.ANONYMOUS;
import static org.xwiki.contrib.gov.test.Persona.GOV_ADMIN;
import static org.xwiki.contrib.gov.test.Persona.HR_OWN;

/**
 * Every profile operation for every role: anonymous, employees of the person's agency and of another, HR officers
 * and agency administrators of both, government administrators. The person in question ("target") belongs to the
 * {@link GovWorld#OWN} agency.
 *
 * @version $Id$
 */
class ProfileAuthorizationMatrixTest
{
    private static final String TARGET = "target";

    /** A director of another agency than the people whose manager is named. */
    private static final String OTHER_MANAGER = "othermanager";

    /** One person per persona, whose manager each persona names. */
    private static final String REPORT = "report";

    private static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    private static final Set<Persona> OWN_HR_FIELDS = EnumSet.of(HR_OWN, AGENCY_ADMIN_OWN, GOV_ADMIN);

    private static final Set<Persona> AGENCY_SETTINGS = EnumSet.of(AGENCY_ADMIN_OWN, GOV_ADMIN);

    @TempDir
    Path folder;

    private TestKernel kernel;

    @BeforeEach
    void createWorld() throws GovException
    {
        this.kernel = TestKernel.start(TestDatabase.create(DatabaseKind.H2, this.folder), this.folder);
        GovWorld.create(this.kernel);
        MembershipService memberships = this.kernel.get(MembershipService.class);
        ProfileService profiles = this.kernel.get(ProfileService.class);
        this.kernel.directory().addUser(TARGET, TARGET);
        memberships.assign(Actor.system(), new Membership(TARGET, GovWorld.OWN, Optional.empty()));
        profiles.updateHr(Actor.system(), TARGET, hr("Target Person", "Analyst", Optional.empty()));
        this.kernel.directory().addUser(OTHER_MANAGER, OTHER_MANAGER);
        memberships.assign(Actor.system(), new Membership(OTHER_MANAGER, GovWorld.OTHER, Optional.empty()));
        profiles.updateHr(Actor.system(), OTHER_MANAGER, hr("Other Manager", "Director", Optional.empty()));
        for (Persona persona : Persona.values()) {
            this.kernel.directory().addUser(REPORT + persona.ordinal(), REPORT);
            memberships.assign(Actor.system(), new Membership(REPORT + persona.ordinal(), GovWorld.OWN,
                Optional.empty()));
        }
        profiles.updateOwn(Actor.user(TARGET, TARGET, java.util.Locale.ENGLISH), details(List.of("gis"), "Bio"),
            Map.of());
    }

    private static ByteArrayInputStream targetFile()
    {
        return new ByteArrayInputStream("user_id,display_name\ntarget,Target Person\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopKernel()
    {
        this.kernel.close();
    }

    @TestFactory
    Stream<DynamicTest> profileOperations() throws Exception
    {
        ProfileService profiles = this.kernel.get(ProfileService.class);
        DirectorySearch search = this.kernel.get(DirectorySearch.class);
        ProfileImportService imports = this.kernel.get(ProfileImportService.class);
        ProfileSettingsService settings = this.kernel.get(ProfileSettingsService.class);
        ImportStatus started = imports.start(Actor.system(), GovWorld.OWN, false, targetFile());
        return new AuthorizationMatrix(this.kernel)
            .row("read a profile", SIGNED_IN, persona -> profiles.get(persona.actor(), TARGET))
            .row("read an org chart", SIGNED_IN, persona -> profiles.getOrgChart(persona.actor(), TARGET))
            .row("search the directory", SIGNED_IN,
                persona -> search.search(persona.actor(), DirectoryQuery.of("analyst")))
            .row("suggest people", SIGNED_IN, persona -> search.suggestPeople(persona.actor(), "tar", 5))
            .row("suggest skills", SIGNED_IN, persona -> search.suggestSkills(persona.actor(), "gi", 5))
            .row("edit one's own profile", SIGNED_IN,
                persona -> profiles.updateOwn(persona.actor(), details(List.of("writing"), ""), Map.of()))
            .row("endorse a colleague's skill", SIGNED_IN,
                persona -> profiles.endorse(persona.actor(), TARGET, "gis"))
            .row("withdraw an endorsement", SIGNED_IN,
                persona -> profiles.withdrawEndorsement(persona.actor(), TARGET, "gis"))
            .row("edit HR fields of a person of the agency", OWN_HR_FIELDS, persona -> profiles
                .updateHr(persona.actor(), TARGET, hr("Target Person", "Senior analyst", Optional.empty())))
            .row("name a manager from another agency", Set.of(GOV_ADMIN),
                Set.of("gov.profiles.error.managerOtherAgency"), persona -> profiles.updateHr(persona.actor(),
                    REPORT + persona.ordinal(), hr("Report", "Analyst", Optional.of(OTHER_MANAGER))))
            .row("preview an HR import for the agency", OWN_HR_FIELDS,
                persona -> imports.preview(persona.actor(), GovWorld.OWN, true, targetFile()))
            .row("start an HR import for the agency", OWN_HR_FIELDS,
                persona -> imports.start(persona.actor(), GovWorld.OWN, false, targetFile()))
            .row("follow an HR import of the agency", OWN_HR_FIELDS,
                persona -> imports.getStatus(persona.actor(), started.importId()))
            .row("read the refused rows of an HR import of the agency", OWN_HR_FIELDS,
                persona -> imports.getProblems(persona.actor(), started.importId(), 0, 10))
            .row("apply an HR import of the agency", OWN_HR_FIELDS,
                persona -> imports.run(persona.actor(), started.importId()))
            .row("deactivate a person of the agency", OWN_HR_FIELDS,
                persona -> profiles.setActive(persona.actor(), TARGET, true))
            .row("see the completeness of someone else's profile", OWN_HR_FIELDS,
                persona -> profiles.getCompleteness(persona.actor(), TARGET))
            .row("read the agency's profile settings", AGENCY_SETTINGS,
                persona -> settings.get(persona.actor(), GovWorld.OWN))
            .row("set the agency's default visibilities", AGENCY_SETTINGS,
                persona -> settings.setDefaults(persona.actor(), GovWorld.OWN,
                    Map.of(PersonalField.PHONE, Visibility.AGENCY)))
            .row("set the agency's skill vocabulary", AGENCY_SETTINGS,
                persona -> settings.setSkillVocabulary(persona.actor(), GovWorld.OWN, List.of("gis", "writing")))
            .row("read an agency's skill vocabulary", SIGNED_IN,
                persona -> settings.getSkillVocabulary(persona.actor(), GovWorld.OWN))
            .row("see one's own completeness", EnumSet.complementOf(EnumSet.of(ANONYMOUS)),
                persona -> {
                    profiles.updateOwn(persona.actor(), details(List.of("writing"), ""), Map.of());
                    profiles.getCompleteness(persona.actor(), persona.userId().orElseThrow());
                })
            .tests();
    }
}
