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
package org.xwiki.contrib.gov.script;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@code $services.govcore}: CSRF protection of every change, and failures turned into messages.
 *
 * @version $Id$
 */
@ComponentTest
class CoreScriptServiceTest
{
    private static final Actor ADA = Actor.user("ada", "Ada", Locale.ENGLISH);

    @InjectMockComponents
    private CoreScriptService service;

    @MockComponent
    private CsrfGuard csrf;

    @MockComponent
    private CurrentActor currentActor;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private RoleService roles;

    @MockComponent
    private GovAuthorization authorization;

    @BeforeEach
    void signInAda()
    {
        when(this.currentActor.get()).thenReturn(ADA);
        when(this.csrf.isCurrentRequestValid()).thenReturn(true);
    }

    @Test
    void aChangeWithoutAValidTokenIsRefusedBeforeReachingTheService()
    {
        when(this.csrf.isCurrentRequestValid()).thenReturn(false);

        ScriptResult result = this.service.createAgency("HEALTH", "Health", "Santé", "HC", "");

        assertFalse(result.ok());
        assertEquals("gov.core.error.csrf", result.messageKey());
        verifyNoInteractions(this.agencies);
    }

    @Test
    void aChangeReportsItsConfirmation() throws Exception
    {
        ScriptResult result = this.service.createAgency("HEALTH", "Health", "Santé", "HC", " ");

        assertTrue(result.ok());
        assertEquals("gov.core.agency.created", result.messageKey());
        assertEquals(List.of("HEALTH"), result.parameters());
        verify(this.agencies).createAgency(ADA,
            new Agency("HEALTH", new Bilingual("Health", "Santé"), "HC", Optional.empty()));
    }

    @Test
    void missingParametersReachTheServiceAsEmptyTextNeverAsTheWordNull() throws Exception
    {
        this.service.createAgency(null, null, null, null, null);

        verify(this.agencies).createAgency(ADA, new Agency("", new Bilingual("", ""), "", Optional.empty()));
    }

    @Test
    void anUnknownRoleIsRefusedWithAMessage()
    {
        ScriptResult result = this.service.grantRole("bob", "EMPEROR", "HEALTH");

        assertEquals("gov.core.error.role.unknown", result.messageKey());
        assertEquals(List.of("EMPEROR"), result.parameters());
        verifyNoInteractions(this.roles);
    }

    @Test
    void aRefusedReadCarriesTheRefusal() throws Exception
    {
        doThrow(new AccessDeniedException(CoreOperations.VIEW_AGENCIES.name())).when(this.authorization)
            .check(ADA, CoreOperations.VIEW_AGENCIES, Optional.empty());

        ScriptResult result = this.service.getAgencies();

        assertFalse(result.ok());
        assertEquals("gov.core.error.accessDenied", result.messageKey());
        verifyNoInteractions(this.agencies);
    }

    @Test
    void aUnitIsNamedWithItsAgencySoThatTwoUnitsOfTheSameNameDiffer() throws Exception
    {
        Actor french = Actor.user("gov", "Gov", Locale.FRENCH);
        Agency health = new Agency("HEALTH", new Bilingual("Department of Health", "Ministère de la Santé"), "DOH",
            Optional.empty());
        when(this.agencies.getUnit("HEALTH-HR")).thenReturn(Optional.of(new OrgUnit("HEALTH-HR", "HEALTH",
            new Bilingual("Human Resources", "Ressources humaines"), Optional.empty())));
        when(this.agencies.getAgency("HEALTH")).thenReturn(Optional.of(health));
        when(this.authorization.isAllowed(ADA, CoreOperations.VIEW_AGENCIES, Optional.empty())).thenReturn(true);
        when(this.authorization.isAllowed(french, CoreOperations.VIEW_AGENCIES, Optional.empty())).thenReturn(true);

        assertEquals("Human Resources (Department of Health)", this.service.getUnitNameWithAgency("HEALTH-HR"));
        assertEquals("NOPE", this.service.getUnitNameWithAgency("NOPE"));
        when(this.currentActor.get()).thenReturn(french);
        assertEquals("Ressources humaines (Ministère de la Santé)", this.service.getUnitNameWithAgency("HEALTH-HR"));
    }

    @Test
    void datesAndTimesAreWrittenInTheReadersLanguageNeverAsIsoText()
    {
        Instant moment = Instant.parse("2026-11-28T17:22:19.558Z");
        when(this.currentActor.get()).thenReturn(Actor.user("gov", "Gov", Locale.FRENCH));

        String french = this.service.formatDateTime(moment);
        assertTrue(french.matches("2[89] novembre 2026.* \\d{1,2}:\\d{2}"), french);
        assertEquals("28 novembre 2026", this.service.formatDate(LocalDate.of(2026, 11, 28)));
        assertEquals("", this.service.formatDateTime("2026-11-28T17:22:19.558Z"));
    }
}
