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

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes that cannot be taken back ask first: a guideline retired, a person deactivated, a space archived happen only
 * when their form comes back with its confirmation ticked, and say what will happen.
 *
 * @version $Id$
 */
class ConfirmationsHttpTest extends AbstractSandboxHttpTest
{
    private static final String NOT_CONFIRMED = "Tick the box to confirm that you want this change: nothing was changed.";

    @Test
    void retiringAGuidelineAsksFirst() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        String page = "/policy/manage?guideline=SOCIAL_MEDIA";
        assertTrue(hana.get(page).body().contains("I understand: retiring SOCIAL_MEDIA withdraws its pending"));

        String refused = hana.submit(page, Map.of("action", "retire", "guideline", "SOCIAL_MEDIA")).body();
        assertTrue(refused.contains(NOT_CONFIRMED), refused);
        assertFalse(hana.get("/policy/manage").body().contains("Retired"));

        assertTrue(hana.submit(page, Map.of("action", "retire", "guideline", "SOCIAL_MEDIA", "confirmed", "true"))
            .body().contains("Guideline SOCIAL_MEDIA retired."));
    }

    @Test
    void deactivatingAPersonAsksFirst() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        String page = "/profiles/profile?user=omar";
        assertTrue(hana.get(page).body().contains("leaves the directory and loses access"));

        String refused = hana.submit(page, Map.of("action", "setActive", "active", "false")).body();
        assertTrue(refused.contains(NOT_CONFIRMED), refused);
        assertFalse(refused.contains("Reactivate"), "omar is still active");

        String done = hana.submit(page, Map.of("action", "setActive", "active", "false", "confirmed", "true")).body();
        assertTrue(done.contains("omar is deactivated"), done);
        assertTrue(hana.submit(page, Map.of("action", "setActive", "active", "true")).body()
            .contains("gov-success"), "reactivating gives back what was taken and asks nothing");
    }

    @Test
    void archivingASpaceAsksFirst() throws Exception
    {
        SandboxClient alice = signedIn("alice");
        String page = "/crossagency/space?key=DATA_COMMUNITY";
        assertTrue(alice.get(page).body().contains("the space becomes read-only for everyone"));

        String refused = alice.submit(page, Map.of("action", "archive", "key", "DATA_COMMUNITY")).body();
        assertTrue(refused.contains(NOT_CONFIRMED), refused);
        assertTrue(alice.get(page).body().contains("the space becomes read-only for everyone"), "still active");
    }
}
