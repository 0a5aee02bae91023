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
package org.xwiki.contrib.gov.policy.script;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Named;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.PolicyFixtures;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.PublicationResult;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.script.ScriptResult;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.contrib.gov.wikitext.HostPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiTextRenderer;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@code $services.govpolicy} and {@code $services.govpolicy.manage}: request strings turned into service calls, and no
 * change without the CSRF token.
 *
 * @version $Id$
 */
@ComponentTest
class PolicyScriptServiceTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    @InjectMockComponents
    private PolicyScriptService service;

    @InjectMockComponents
    private PolicyManageScriptService manage;

    @MockComponent
    private CsrfGuard csrf;

    @MockComponent
    private CurrentActor currentActor;

    @MockComponent
    private GuidelineService guidelines;

    @MockComponent
    private AcknowledgementService acknowledgements;

    @MockComponent
    private WikiTextRenderer renderer;

    @MockComponent
    @Named("context")
    private ComponentManager contextComponents;

    @BeforeEach
    void signIn()
    {
        when(this.currentActor.get()).thenReturn(HANA);
        when(this.csrf.isCurrentRequestValid()).thenReturn(true);
    }

    @Test
    void everyChangeNeedsTheToken()
    {
        when(this.csrf.isCurrentRequestValid()).thenReturn(false);

        for (ScriptResult result : List.of(this.service.acknowledge("S", "1", "en", List.of(), "on", ""),
            this.manage.publish("S", "MAJOR", "1", "a", "b", "2030-01-01", "on", ""), this.manage.retire("S"),
            this.manage.exempt("S", "bob", "x"), this.manage.extend("S", "bob", "2030-01-01", "x"),
            this.manage.recordOnBehalf("S", "bob", "en", "x"), this.manage.saveDraft("S", Map.of(), List.of()),
            this.manage.saveAudience("S", "", "", "", "", "", "14"),
            this.manage.createGuideline("S", "", Map.of(), List.of()))) {
            assertFalse(result.ok());
            assertEquals("gov.core.error.csrf", result.messageKey());
        }
        verifyNoInteractions(this.guidelines, this.acknowledgements);
    }

    @Test
    void turnsFormStringsIntoTheServiceCall() throws Exception
    {
        this.service.acknowledge("SOCIAL", " 3 ", "fr", List.of("1", ""), "on", " Hana Sato ");
        verify(this.acknowledgements).acknowledge(HANA, "SOCIAL", new AcknowledgementInput(3, Locale.FRENCH,
            Arrays.asList(1, null), true, Optional.of("Hana Sato")));

        PublicationRequest minor = new PublicationRequest(VersionKind.MINOR, "1.1", new Bilingual("Typo", "Coquille"),
            Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT);
        GuidelineVersion version = new GuidelineVersion("SOCIAL", 2, "1.1", VersionKind.MINOR, Instant.EPOCH, "hana",
            minor.changeSummary(), PolicyFixtures.content(), "hash", Optional.empty());
        when(this.guidelines.publish(HANA, "SOCIAL", minor)).thenReturn(new PublicationResult(version, 0, 0));
        ScriptResult published = this.manage.publish("SOCIAL", "MINOR", "1.1", "Typo", "Coquille", "", "on", "");
        assertEquals(List.of("SOCIAL", 2, 0L, 0L), published.parameters());
        when(this.guidelines.publish(HANA, "SOCIAL", minor.confirming(PublicationConfirmation.MINOR_DESPITE_CHANGES)))
            .thenReturn(new PublicationResult(version, 0, 0));
        assertTrue(this.manage.publish("SOCIAL", "MINOR", "1.1", "Typo", "Coquille", "", "true", "on").ok());

        this.manage.saveAudience("SOCIAL", "HEALTH, REVENUE", "HEALTH-PH\nHEALTH-IT", "", "alice;bob", "bob",
            "10");
        verify(this.guidelines).saveAudience(HANA, "SOCIAL", new Audience(Set.of("HEALTH", "REVENUE"),
            Set.of("HEALTH-PH", "HEALTH-IT"), Set.of(), Set.of("alice", "bob"), Set.of("bob")), 10);
    }

    @Test
    void badNumbersAndDatesAreNamed()
    {
        assertEquals("gov.policy.field.version.invalid",
            this.service.acknowledge("S", "one", "en", List.of(), "on", "").messageKey());
        assertEquals("gov.policy.field.dueDate.invalid",
            this.manage.publish("S", "MAJOR", "1", "a", "b", "31/12/2030", "on", "").messageKey());
        assertEquals("gov.policy.field.graceDays.invalid",
            this.manage.saveAudience("S", "", "", "", "", "", "two weeks").messageKey());
        ScriptResult extension = this.manage.extend("S", "bob", LocalDate.of(2030, 1, 1).toString(), "Leave");
        assertEquals("gov.policy.extended", extension.messageKey());
    }

    @Test
    void aGuidelinesLinksToWikiPagesGoWhereTheHostSays() throws Exception
    {
        GuidelineContent content = PolicyFixtures.content();
        when(this.renderer.toXhtml(content.body().french(), WikiPageLinks.NONE)).thenReturn("<p>labels</p>");
        assertEquals("<p>labels</p>", this.service.getBodyXhtml(content, "fr").value(),
            "a host without wiki pages (the sandbox)");

        HostPageLinks host = mock(HostPageLinks.class);
        when(this.contextComponents.hasComponent(HostPageLinks.class)).thenReturn(true);
        when(this.contextComponents.getInstance(HostPageLinks.class)).thenReturn(host);
        when(this.renderer.toXhtml(content.body().french(), host)).thenReturn("<p>links</p>");
        assertEquals("<p>links</p>", this.service.getBodyXhtml(content, "fr").value(), "inside XWiki");
    }
}
