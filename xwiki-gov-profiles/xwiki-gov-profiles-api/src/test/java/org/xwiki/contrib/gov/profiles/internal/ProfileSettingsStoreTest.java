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
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileSettingsService;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.details;

/**
 * An agency's profile settings on H2 and PostgreSQL: default visibilities and the controlled skill vocabulary.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ProfileSettingsStoreTest extends AbstractProfileStoreTest
{
    @Test
    void anAgencyDefaultAppliesUntilThePersonChooses() throws GovException
    {
        this.profiles.updateOwn(ALICE, details(List.of("gis"), "Loves maps"), Map.of());
        assertEquals(Optional.of("Ottawa"), this.profiles.get(BOB, ALICE_ID).details().location());

        this.settings.setDefaults(Persona.AGENCY_ADMIN_OWN.actor(), GovWorld.OWN,
            Map.of(PersonalField.LOCATION, Visibility.AGENCY));
        assertEquals(Visibility.AGENCY,
            this.settings.get(Persona.AGENCY_ADMIN_OWN.actor(), GovWorld.OWN).defaultOf(PersonalField.LOCATION));
        assertEquals(Optional.empty(), this.profiles.get(BOB, ALICE_ID).details().location());

        this.profiles.updateOwn(ALICE, details(List.of("gis"), "Loves maps"),
            Map.of(PersonalField.LOCATION, Visibility.GOVERNMENT));
        assertEquals(Optional.of("Ottawa"), this.profiles.get(BOB, ALICE_ID).details().location());
    }

    @Test
    void aControlledVocabularyLimitsTheSkillsPeopleAddButKeepsThoseTheyListed() throws GovException
    {
        Actor admin = Persona.AGENCY_ADMIN_OWN.actor();
        this.profiles.updateOwn(ALICE, details(List.of("kubernetes"), ""), Map.of());
        this.settings.setSkillVocabulary(admin, GovWorld.OWN, List.of("GIS", " Data  Science", "gis"));
        assertEquals(List.of("data science", "gis"), this.settings.get(admin, GovWorld.OWN).skillVocabulary(),
            "normalised, sorted, no duplicates");
        assertEquals(List.of("data science", "gis"), this.settings.getSkillVocabulary(BOB, GovWorld.OWN));

        this.profiles.updateOwn(ALICE, details(List.of("GIS", "kubernetes"), ""), Map.of());
        assertEquals(List.of("gis", "kubernetes"), this.profiles.get(ALICE, ALICE_ID).details().skills(),
            "a vocabulary skill is added, a skill listed before stays");

        GovException refused = assertThrows(GovException.class,
            () -> this.profiles.updateOwn(ALICE, details(List.of("gis", "Cooking", "knitting"), "New bio"), Map.of()));
        assertEquals("gov.profiles.field.skills.notInVocabulary", refused.getMessageKey());
        assertEquals(List.of("cooking, knitting"), refused.getParameters());
        ProfileView unchanged = this.profiles.get(ALICE, ALICE_ID);
        assertEquals(List.of("gis", "kubernetes"), unchanged.details().skills(), "nothing written");
        assertEquals(Optional.empty(), unchanged.details().bio());

        this.profiles.updateOwn(ALICE, details(List.of("gis"), ""), Map.of());
        assertThrows(GovException.class,
            () -> this.profiles.updateOwn(ALICE, details(List.of("gis", "kubernetes"), ""), Map.of()),
            "a dropped skill outside the vocabulary cannot come back");

        this.profiles.updateOwn(BOB, details(List.of("cooking"), ""), Map.of());
        assertEquals(List.of("cooking"), this.profiles.get(BOB, "bob").details().skills(),
            "another agency's vocabulary does not apply");

        this.settings.setSkillVocabulary(admin, GovWorld.OWN, List.of());
        this.profiles.updateOwn(ALICE, details(List.of("cooking"), ""), Map.of());
        assertEquals(List.of("cooking"), this.profiles.get(ALICE, ALICE_ID).details().skills(),
            "an empty vocabulary allows any skill");
        assertTrue(this.kernel.get(AuditLog.class).read(0, 1000).stream()
            .anyMatch(entry -> entry.type().equals("profiles.vocabulary.set")));
    }

    @Test
    void aVocabularyIsRefusedWhenASkillIsInvalidOrItIsTooLong() throws GovException
    {
        Actor admin = Persona.AGENCY_ADMIN_OWN.actor();
        this.settings.setSkillVocabulary(admin, GovWorld.OWN, List.of("gis"));
        GovException tooLongSkill = assertThrows(GovException.class,
            () -> this.settings.setSkillVocabulary(admin, GovWorld.OWN, List.of("data", "x".repeat(101))));
        assertEquals("gov.profiles.field.skills.tooLong", tooLongSkill.getMessageKey());
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(0, ProfileSettingsService.MAX_VOCABULARY)
            .mapToObj(number -> "skill " + number).toList();
        GovException tooLong =
            assertThrows(GovException.class, () -> this.settings.setSkillVocabulary(admin, GovWorld.OWN, tooMany));
        assertEquals("gov.profiles.settings.error.vocabularyTooLong", tooLong.getMessageKey());
        assertEquals(List.of("gis"), this.settings.get(admin, GovWorld.OWN).skillVocabulary(), "nothing written");
        GovException unknown = assertThrows(GovException.class,
            () -> this.settings.get(Persona.GOV_ADMIN.actor(), "NOWHERE"));
        assertEquals("gov.core.error.agency.unknown", unknown.getMessageKey());
    }

    @Test
    void administratorsManageTheirOwnAgencyAndGovernmentAdministratorsAll() throws GovException
    {
        assertEquals(List.of(GovWorld.OWN), this.settings.getManageableAgencies(Persona.AGENCY_ADMIN_OWN.actor()));
        assertEquals(List.of(), this.settings.getManageableAgencies(HANA));
        assertTrue(this.settings.getManageableAgencies(Persona.GOV_ADMIN.actor())
            .containsAll(List.of(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD)));
    }
}
