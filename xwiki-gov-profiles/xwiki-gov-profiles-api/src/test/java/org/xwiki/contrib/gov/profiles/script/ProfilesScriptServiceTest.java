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
package org.xwiki.contrib.gov.profiles.script;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.script.ScriptResult;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@code $services.govprofiles}: request strings turned into service calls, the caller's own profile by default, and
 * no change without the CSRF token.
 *
 * @version $Id$
 */
@ComponentTest
class ProfilesScriptServiceTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    @InjectMockComponents
    private ProfilesScriptService service;

    @MockComponent
    private CsrfGuard csrf;

    @MockComponent
    private CurrentActor currentActor;

    @MockComponent
    private ProfileService profiles;

    @MockComponent
    private DirectorySearch directory;

    @BeforeEach
    void signIn()
    {
        when(this.currentActor.get()).thenReturn(ALICE);
        when(this.csrf.isCurrentRequestValid()).thenReturn(true);
    }

    @Test
    void everyChangeNeedsTheToken()
    {
        when(this.csrf.isCurrentRequestValid()).thenReturn(false);

        for (ScriptResult result : List.of(this.service.updateOwn(Map.of("skills", "x")),
            this.service.updateHr("bob", "Bob", "", "", ""), this.service.setActive("bob", "false"),
            this.service.endorse("bob", "excel"), this.service.withdrawEndorsement("bob", "excel"))) {
            assertFalse(result.ok());
            assertEquals("gov.core.error.csrf", result.messageKey());
        }
        verifyNoInteractions(this.profiles);
    }

    @Test
    void aBlankPersonIsTheCallerAndAnonymousVisitorsAreAskedToSignIn() throws Exception
    {
        this.service.getProfile(" ");
        verify(this.profiles).get(ALICE, "alice");

        when(this.currentActor.get()).thenReturn(Actor.anonymous(Locale.ENGLISH));
        ScriptResult anonymous = this.service.getCompleteness("");
        assertFalse(anonymous.ok());
        assertEquals("gov.profiles.error.signIn", anonymous.messageKey());
    }

    @Test
    void theEditFormBecomesDetailsAndVisibilities() throws Exception
    {
        ScriptResult saved = this.service.updateOwn(Map.of("skills", new String[] {"Data analysis, python\nexcel"},
            "language-0", new String[] {"fr"}, "proficiency-0", new String[] {"advanced"}, "open",
            new String[] {"true"}, "visibility-PHONE", new String[] {"PRIVATE"}));

        assertTrue(saved.ok(), saved.messageKey());
        verify(this.profiles).updateOwn(eq(ALICE), any(), eq(Map.of(PersonalField.PHONE, Visibility.PRIVATE)));

        ScriptResult refused = this.service.updateOwn(Map.of("visibility-BIO", "EVERYONE"));
        assertEquals("gov.profiles.field.visibility.invalid", refused.messageKey());
        assertEquals(List.of("EVERYONE"), refused.parameters());
    }

    @Test
    void hrFieldsLeftBlankAreEmpty() throws Exception
    {
        assertTrue(this.service.updateHr(" bob ", "Bob Tremblay", "Auditor", " ", "").ok());

        verify(this.profiles).updateHr(ALICE, "bob", new HrFields("Bob Tremblay", Optional.of("Auditor"),
            Optional.empty(), Optional.empty()));
    }

    @Test
    void theSearchReadsKeywordsPageAndFilters() throws Exception
    {
        this.service.search(Map.of("q", new String[] {" python "}, "page", new String[] {"2"}, "speaks",
            new String[] {"fr", " ", "en"}, "open", new String[] {"true"}));

        verify(this.directory).search(ALICE, new DirectoryQuery("python", Map.of(DirectoryFacet.LANGUAGE,
            Set.of("fr", "en"), DirectoryFacet.OPEN_TO_COLLABORATION, Set.of("true")), 1, 20));
        ScriptResult badPage = this.service.search(Map.of("page", "two"));
        assertEquals("gov.profiles.search.page.invalid", badPage.messageKey());
    }

    @Test
    void pageLinksKeepTheSearchEncoded()
    {
        assertEquals("q=C%2B%2B+%26+Rust&skill=a%3Db&page=3", this.service.getSearchQuery(Map.of("q",
            new String[] {"C++ & Rust"}, "skill", new String[] {"a=b"}, "page", new String[] {"1"}, "other",
            new String[] {"x"}), 3));
        assertEquals("", this.service.getSearchQuery(Map.of(), 0));
    }

    @Test
    void languagesAreNamedInTheCallersLanguage()
    {
        assertEquals("French", this.service.getLanguageName("fr"));
        assertEquals("zz", this.service.getLanguageName("zz"));
    }
}
