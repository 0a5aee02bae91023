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
package org.xwiki.contrib.gov.profiles.internal.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.ProfileView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vCard 4.0 of a profile: escaped text, folded lines, only what the view holds.
 *
 * @version $Id$
 */
class VCardTest
{
    private static ProfileView view(PersonalDetails details)
    {
        return new ProfileView("alice", Optional.of("HEALTH"), Optional.empty(), new HrFields("Martin, Alice; PhD",
            Optional.of("Analyst"), Optional.empty(), Optional.empty()), details, List.of(), Set.of(), Map.of(), true,
            false, false);
    }

    @Test
    void textIsEscapedAndEveryLineEndsInCrlf()
    {
        String card = VCard.of(view(new PersonalDetails(Optional.of("Ali"), Optional.empty(), Optional.of("Ottawa"),
            Optional.of("+1 613 555 0100"), Optional.of("alice@example.org"),
            List.of(new LanguageSkill("fr", Proficiency.ADVANCED)), List.of("data analysis", "r, python"),
            Optional.of("Line one\nline two; \\ end"), false, Optional.empty(),
            List.of(new ProfessionalLink("Blog", "https://example.org/b", LinkCapacity.PERSONAL)))),
            List.of("Department of Health"));

        assertTrue(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card);
        assertTrue(card.endsWith("END:VCARD\r\n"));
        assertTrue(card.contains("\r\nFN:Martin\\, Alice\\; PhD\r\n"), card);
        assertTrue(card.contains("\r\nNOTE:Line one\\nline two\\; \\\\ end\r\n"), card);
        assertTrue(card.contains("\r\nEXPERTISE:data analysis\r\nEXPERTISE:r\\, python\r\n"),
            "one property per skill, a comma inside one escaped: " + card);
        assertTrue(card.contains("\r\nURL;TYPE=home:https://example.org/b\r\n"), card);
        assertTrue(card.contains("\r\nLANG;PREF=1:fr\r\n"));
        assertTrue(card.contains("\r\nORG:Department of Health\r\n"));
        assertFalse(card.replace("\r\n", "").contains("\n"), "no bare line break");
    }

    @Test
    void longLinesAreFoldedWithinSeventyFiveOctetsAndNeverInsideACharacter()
    {
        String bio = "é".repeat(100);
        String card = VCard.of(view(new PersonalDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.of(bio), false, Optional.empty(), List.of())), List.of());

        for (String line : card.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("NOTE:" + bio, card.lines().filter(line -> line.startsWith("NOTE:") || line.startsWith(" "))
            .map(line -> line.startsWith(" ") ? line.substring(1) : line).reduce("", String::concat));
    }

    @Test
    void hiddenFieldsAreNotInTheCard()
    {
        String card = VCard.of(view(PersonalDetails.EMPTY), List.of());

        assertFalse(card.contains("TEL"));
        assertFalse(card.contains("EMAIL"));
        assertFalse(card.contains("NOTE"));
    }
}
