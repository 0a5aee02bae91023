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

import java.util.HashMap;
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
        Map<String, String> retire = Map.of("action", "retire", "guideline", "SOCIAL_MEDIA");

        assertAsksFirst(hana, page, retire, "I understand: retiring SOCIAL_MEDIA withdraws its pending");
        assertFalse(hana.get("/policy/manage").body().contains("Retired"));
        assertTrue(hana.submit(page, confirmed(retire)).body().contains("Guideline SOCIAL_MEDIA retired."));
    }

    @Test
    void deactivatingAPersonAsksFirst() throws Exception
    {
        SandboxClient hana = signedIn("hana");
        String page = "/profiles/profile?user=omar";
        Map<String, String> deactivate = Map.of("action", "setActive", "active", "false");

        String refused = assertAsksFirst(hana, page, deactivate, "leaves the directory and loses access");
        assertFalse(refused.contains("Reactivate"), "omar is still active");
        String done = hana.submit(page, confirmed(deactivate)).body();
        assertTrue(done.contains("omar is deactivated"), done);
        assertTrue(hana.submit(page, Map.of("action", "setActive", "active", "true")).body()
            .contains("gov-success"), "reactivating gives back what was taken and asks nothing");
    }

    @Test
    void archivingASpaceAsksFirst() throws Exception
    {
        SandboxClient alice = signedIn("alice");
        String page = "/crossagency/space?key=DATA_COMMUNITY";
        String consequence = "the space becomes read-only for everyone";

        assertAsksFirst(alice, page, Map.of("action", "archive", "key", "DATA_COMMUNITY"), consequence);
        assertTrue(alice.get(page).body().contains(consequence), "still active, so still offered");
    }

    /**
     * @return the page answering the change sent without its box ticked, which says that nothing changed
     */
    private static String assertAsksFirst(SandboxClient client, String page, Map<String, String> change,
        String consequence) throws Exception
    {
        assertTrue(client.get(page).body().contains(consequence), "the form says what will happen");
        String refused = client.submit(page, change).body();
        assertTrue(refused.contains(NOT_CONFIRMED), refused);
        return refused;
    }

    private static Map<String, String> confirmed(Map<String, String> change)
    {
        Map<String, String> ticked = new HashMap<>(change);
        ticked.put("confirmed", "true");
        return ticked;
    }
}
