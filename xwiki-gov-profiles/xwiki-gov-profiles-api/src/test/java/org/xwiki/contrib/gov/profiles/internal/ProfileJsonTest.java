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
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.Visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Update my profile" as the JSON API and the edit form send it.
 *
 * @version $Id$
 */
class ProfileJsonTest
{
    @Test
    void theApiBodyHasTheShapeTheApiReturns() throws Exception
    {
        ProfileForm form = ProfileJson.read("{\"details\": {\"preferredName\": \"Ali\", \"phone\": null, "
            + "\"languages\": [{\"languageTag\": \"fr\", \"proficiency\": \"advanced\"}], \"skills\": [\"R\"], "
            + "\"openToCrossAgencyWork\": true, \"links\": [{\"label\": \"Blog\", \"url\": \"https://b.example\", "
            + "\"capacity\": \"PERSONAL\"}]}, \"visibilities\": {\"PHONE\": \"PRIVATE\"}}");

        assertEquals(Optional.of("Ali"), form.details().preferredName());
        assertEquals(Optional.empty(), form.details().phone());
        assertEquals(Optional.empty(), form.details().bio(), "missing is empty");
        assertEquals(List.of(new LanguageSkill("fr", Proficiency.ADVANCED)), form.details().languages());
        assertEquals(List.of("R"), form.details().skills());
        assertTrue(form.details().openToCrossAgencyWork());
        assertEquals(List.of(new ProfessionalLink("Blog", "https://b.example", LinkCapacity.PERSONAL)),
            form.details().links());
        assertEquals(Map.of(PersonalField.PHONE, Visibility.PRIVATE), form.visibilities());
    }

    @Test
    void badBodiesAreRefusedByName()
    {
        assertEquals("gov.core.error.rest.badJson",
            assertThrows(GovException.class, () -> ProfileJson.read("{oops")).getMessageKey());
        assertEquals("gov.profiles.field.visibility.unknownField", assertThrows(GovException.class,
            () -> ProfileJson.read("{\"visibilities\": {\"SALARY\": \"PRIVATE\"}}")).getMessageKey());
        assertEquals("gov.profiles.field.languages.proficiency.invalid", assertThrows(GovException.class,
            () -> ProfileJson.read("{\"details\": {\"languages\": [{\"languageTag\": \"fr\", "
                + "\"proficiency\": \"fluent\"}]}}")).getMessageKey());
        assertEquals("gov.profiles.field.links.capacity.invalid", assertThrows(GovException.class,
            () -> ProfileForm.read(Map.of("linkLabel-0", "a", "linkUrl-0", "https://a.example", "linkCapacity-0",
                "secret"))).getMessageKey());
    }

    @Test
    void theFormSkipsBlankRowsAndKeepsHalfFilledOnesForTheValidator() throws Exception
    {
        ProfileForm form = ProfileForm.read(Map.of("language-0", new String[] {" "}, "language-1",
            new String[] {"en"}, "linkLabel-2", new String[] {"Blog"}, "skills", new String[] {" a ;b,,\n c "}));

        assertEquals(List.of(new LanguageSkill("en", Proficiency.INTERMEDIATE)), form.details().languages());
        assertEquals(List.of(new ProfessionalLink("Blog", "", LinkCapacity.OFFICIAL)), form.details().links());
        assertEquals(List.of("a", "b", "c"), form.details().skills());
        assertFalse(form.details().openToCrossAgencyWork());
    }
}
