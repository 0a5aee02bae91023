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
package org.xwiki.contrib.gov.input;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.GovException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input checks and their message keys.
 *
 * @version $Id$
 */
class InputsTest
{
    private static final Pattern KEY = Pattern.compile("[A-Z]+");

    @Test
    void trimsAcceptedText() throws Exception
    {
        assertEquals("Health <b>", Inputs.requireText("f", "  Health <b> ", 10));
    }

    @Test
    void refusesMissingBlankLongAndControlText()
    {
        assertEquals("f.required", assertThrows(GovException.class, () -> Inputs.requireText("f", null, 5))
            .getMessageKey());
        assertEquals("f.required", assertThrows(GovException.class, () -> Inputs.requireText("f", " \t", 5))
            .getMessageKey());
        GovException tooLong = assertThrows(GovException.class, () -> Inputs.requireText("f", "abcdef", 5));
        assertEquals("f.tooLong", tooLong.getMessageKey());
        assertEquals(java.util.List.of("5"), tooLong.getParameters());
        assertEquals("f.invalid", assertThrows(GovException.class, () -> Inputs.requireText("f", "a\u0000b", 5))
            .getMessageKey());
    }

    @Test
    void multilineTextKeepsItsLineBreaksButNotOtherControls() throws Exception
    {
        assertEquals("One.\n\n\tTwo.", Inputs.requireMultilineText("f", " One.\r\n\r\n\tTwo. ", 50));
        assertEquals("f.invalid", assertThrows(GovException.class,
            () -> Inputs.requireMultilineText("f", "a\u0007b", 5)).getMessageKey());
        assertEquals("f.invalid", assertThrows(GovException.class, () -> Inputs.requireText("f", "a\nb", 5))
            .getMessageKey());
    }

    @Test
    void checksKeysAgainstTheirPattern() throws Exception
    {
        assertEquals("HEALTH", Inputs.requireKey("k", " HEALTH ", KEY));
        assertEquals("k.invalid", assertThrows(GovException.class, () -> Inputs.requireKey("k", "health", KEY))
            .getMessageKey());
        assertEquals("k.required", assertThrows(GovException.class, () -> Inputs.requireKey("k", "", KEY))
            .getMessageKey());
    }

    @Test
    void treatsBlankOptionalValuesAsAbsent()
    {
        assertEquals(Optional.empty(), Inputs.optional(null));
        assertEquals(Optional.empty(), Inputs.optional("  "));
        assertEquals(Optional.of("x"), Inputs.optional(" x "));
    }

    @Test
    void aNumberFieldFailsWithItsInvalidKeyAndTheValue() throws GovException
    {
        assertEquals(14, Inputs.requireNumber("gov.test.days", " 14 "));
        GovException refusal = assertThrows(GovException.class, () -> Inputs.requireNumber("gov.test.days", "two"));
        assertEquals("gov.test.days.invalid", refusal.getMessageKey());
        assertEquals(List.of("two"), refusal.getParameters());
        assertEquals("gov.test.days.invalid",
            assertThrows(GovException.class, () -> Inputs.requireNumber("gov.test.days", null)).getMessageKey());
    }

    @Test
    void aCheckboxIsTickedWhenItSendsTrueOrWhatABrowserSendsForABoxWithoutValue()
    {
        assertTrue(Inputs.ticked("true"));
        assertTrue(Inputs.ticked("on"));
        assertFalse(Inputs.ticked(null));
        assertFalse(Inputs.ticked(""));
        assertFalse(Inputs.ticked("yes"));
    }
}
