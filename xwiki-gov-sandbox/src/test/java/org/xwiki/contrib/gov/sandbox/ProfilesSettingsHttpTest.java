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

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agency's profile settings page in the sandbox: its administrator sets the default visibilities and the controlled
 * skill vocabulary, which the edit page then enforces; others may not; forms without a CSRF token are refused.
 *
 * @version $Id$
 */
class ProfilesSettingsHttpTest extends AbstractSandboxHttpTest
{
    private static final String PAGE = "/profiles/settings";

    private static final String EDIT = "/profiles/edit";

    private static final String AGENCY = "agency";

    private static final String DIGITAL = "DIGITAL";

    private static final String ACTION = "action";

    private static final String VOCABULARY = "vocabulary";

    @Test
    void anAgencyAdministratorSetsAVocabularyThatTheEditPageEnforces() throws Exception
    {
        SandboxClient ada = signedIn("ada");
        String page = ada.get(PAGE).body();
        assertTrue(page.contains("value=\"DIGITAL\"") && !page.contains("value=\"HEALTH\""),
            "an agency administrator manages their own agency only");
        assertTrue(page.contains("The agency has no list"), page);

        assertEquals(403, ada.post(PAGE, Map.of(AGENCY, DIGITAL, ACTION, VOCABULARY, VOCABULARY, "gis")).statusCode(),
            "no token, no change");
        HttpResponse<String> saved = ada.submit(PAGE, Map.of(AGENCY, DIGITAL, ACTION, VOCABULARY, VOCABULARY,
            "Accessibility\nCloud  architecture, <b>markup</b>\naccessibility"));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("The skill list is saved: 3 skills."), saved.body());
        assertTrue(saved.body().matches("(?s).*(&lt;|&#60;)b(&gt;|&#62;)markup.*"), "markup shown as text");
        assertFalse(saved.body().contains("<b>markup"));

        SandboxClient gabrielle = signedIn("gov");
        String edit = gabrielle.get(EDIT).body();
        assertTrue(edit.contains("cloud architecture"), "the edit page lists the agency's vocabulary");
        HttpResponse<String> refused = gabrielle.submit(EDIT, Map.of(ACTION, "save", "skills", "accessibility, cooking"));
        assertTrue(refused.body().contains("cooking"), refused.body());
        assertTrue(refused.body().contains("gov-error"), "refused: cooking is not on DIGITAL's list");
        HttpResponse<String> accepted = gabrielle.submit(EDIT, Map.of(ACTION, "save", "skills", "Accessibility"));
        assertTrue(accepted.body().contains("gov-success"), accepted.body());
    }

    @Test
    void anAgencyAdministratorSetsTheDefaultVisibilities() throws Exception
    {
        SandboxClient ada = signedIn("ada");
        HttpResponse<String> saved = ada.submit(PAGE,
            Map.of(AGENCY, DIGITAL, ACTION, "defaults", "visibility-PHONE", "PRIVATE", "visibility-BIO", "AGENCY"));
        assertTrue(saved.body().contains("The default visibilities are saved."), saved.body());
        assertTrue(saved.body().matches("(?s).*name=\"visibility-PHONE\">\\s*<option value=\"GOVERNMENT\">[^<]*"
            + "</option>\\s*<option value=\"AGENCY\">[^<]*</option>\\s*<option value=\"PRIVATE\" selected.*"),
            saved.body());

        HttpResponse<String> forged = ada.submit(PAGE, Map.of(AGENCY, DIGITAL, ACTION, "defaults", "visibility-PHONE",
            "EVERYONE"));
        assertTrue(forged.body().contains("gov-error"), forged.body());
        assertTrue(ada.submit(PAGE, Map.of(AGENCY, "HEALTH", ACTION, "defaults", "visibility-PHONE", "PRIVATE"))
            .body().contains("gov-error"), "another agency's settings are refused by the service");
    }

    @Test
    void othersAreToldTheyMayNotChangeTheSettings() throws Exception
    {
        for (String user : new String[] {"alice", "hana"}) {
            String page = signedIn(user).get(PAGE).body();
            assertTrue(page.contains("Only the administrators of an agency"), user + ": " + page);
            assertFalse(page.contains("name=\"vocabulary\""), user);
        }
        assertTrue(signedIn("gov").get(PAGE).body().contains("value=\"HEALTH\""),
            "a government administrator manages every agency");
    }
}
