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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.SkillView;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.store.DatabaseKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.details;

/**
 * Endorsements on H2 and PostgreSQL: once per colleague, only of a visible skill, gone with the skill.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class EndorsementStoreTest extends AbstractProfileStoreTest
{
    @Test
    void aColleagueEndorsesAVisibleSkillOnce() throws GovException
    {
        aliceHidesPhoneAndBio();
        this.profiles.endorse(BOB, ALICE_ID, "Kubernetes");
        this.profiles.endorse(BOB, ALICE_ID, "kubernetes");
        this.profiles.endorse(HANA, ALICE_ID, "kubernetes");

        List<SkillView> skills = this.profiles.get(BOB, ALICE_ID).skills();
        assertEquals(new SkillView("kubernetes", 2, true), skills.get(1));
        assertEquals(new SkillView("data science", 0, false), skills.get(0));

        this.profiles.withdrawEndorsement(BOB, ALICE_ID, "kubernetes");
        this.profiles.withdrawEndorsement(BOB, ALICE_ID, "kubernetes");
        assertEquals(new SkillView("kubernetes", 1, false), this.profiles.get(BOB, ALICE_ID).skills().get(1));

        assertEquals("gov.profiles.error.selfEndorsement",
            assertThrows(GovException.class, () -> this.profiles.endorse(ALICE, ALICE_ID, "kubernetes"))
                .getMessageKey());
        assertEquals("gov.profiles.error.unknownSkill",
            assertThrows(GovException.class, () -> this.profiles.endorse(BOB, ALICE_ID, "cobol")).getMessageKey());
    }

    @Test
    void aHiddenSkillCannotBeEndorsedAndADroppedSkillLosesItsEndorsements() throws GovException
    {
        this.profiles.updateOwn(ALICE, details(List.of("negotiation"), ""),
            Map.of(PersonalField.SKILLS, Visibility.AGENCY));
        assertEquals("gov.profiles.error.unknownSkill", assertThrows(GovException.class,
            () -> this.profiles.endorse(BOB, ALICE_ID, "negotiation")).getMessageKey());
        this.profiles.endorse(HANA, ALICE_ID, "negotiation");
        assertTrue(this.profiles.get(BOB, ALICE_ID).skills().isEmpty());

        this.profiles.updateOwn(ALICE, details(List.of("mediation"), ""), Map.of());
        this.profiles.updateOwn(ALICE, details(List.of("negotiation"), ""), Map.of());
        assertEquals(0, this.profiles.get(HANA, ALICE_ID).skills().get(0).endorsements());
    }
}
