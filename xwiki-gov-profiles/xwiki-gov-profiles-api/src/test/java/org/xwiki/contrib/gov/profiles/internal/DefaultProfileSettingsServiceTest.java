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

import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.profiles.ProfileSettingsService;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.search.ProfileIndex;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of an agency's profile settings, on mocks: the right to manage them checked before anything else, the
 * agency must exist, skills normalised, deduplicated, sorted and bounded, defaults re-indexed, each change audited.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(ProfileValidator.class)
class DefaultProfileSettingsServiceTest
{
    private static final Actor ADA = Actor.user("ada", "Ada", Locale.ENGLISH);

    private static final String HEALTH = "HEALTH";

    @InjectMockComponents
    private DefaultProfileSettingsService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcVisibilityDefaults visibilityDefaults;

    @MockComponent
    private JdbcSkillVocabulary vocabulary;

    @MockComponent
    private JdbcProfileChangeLog changes;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private ProfileIndex index;

    @MockComponent
    private Clock clock;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.agencies.getAgency(HEALTH)).thenReturn(Optional.of(mock(Agency.class)));
        when(this.clock.millis()).thenReturn(1000L);
    }

    @Test
    void refusedManagersLearnNothingAndChangeNothing() throws Exception
    {
        doThrow(new AccessDeniedException("profiles.settings")).when(this.authorization).check(ADA,
            ProfileOperations.MANAGE_SETTINGS, Optional.of(HEALTH));

        assertThrows(AccessDeniedException.class, () -> this.service.get(ADA, HEALTH));
        assertThrows(AccessDeniedException.class,
            () -> this.service.setDefaults(ADA, HEALTH, Map.of(PersonalField.PHONE, Visibility.AGENCY)));
        assertThrows(AccessDeniedException.class, () -> this.service.setSkillVocabulary(ADA, HEALTH, List.of()));
        verifyNoInteractions(this.agencies, this.store, this.index);
    }

    @Test
    void anUnknownAgencyIsNamed()
    {
        assertEquals("gov.core.error.agency.unknown", assertThrows(GovException.class,
            () -> this.service.get(ADA, "NOWHERE")).getMessageKey());
    }

    @Test
    void newDefaultsAreLoggedForTheIndexAuditedAndIndexed() throws Exception
    {
        Map<PersonalField, Visibility> defaults = Map.of(PersonalField.PHONE, Visibility.AGENCY);

        this.service.setDefaults(ADA, HEALTH, defaults);

        verify(this.visibilityDefaults).replace(this.connection, HEALTH, defaults);
        verify(this.changes).recordAgency(this.connection, HEALTH, 1000L);
        verify(this.auditLog).append(ADA, "profiles.defaults.set", Map.of("agency", HEALTH, "defaults",
            List.of("PHONE=AGENCY")));
        verify(this.index).catchUp();
    }

    @Test
    void theVocabularyIsNormalisedSortedAndAuditedAsWhatChanged() throws Exception
    {
        when(this.vocabulary.read(this.connection, HEALTH)).thenReturn(List.of("gis", "writing"));

        List<String> saved = this.service.setSkillVocabulary(ADA, HEALTH, List.of("  Data   Science ", "GIS",
            "gis", "Accessibility"));

        assertEquals(List.of("accessibility", "data science", "gis"), saved);
        verify(this.vocabulary).replace(this.connection, HEALTH, saved);
        verify(this.auditLog).append(ADA, "profiles.vocabulary.set", Map.of("agency", HEALTH, "added",
            List.of("accessibility", "data science"), "removed", List.of("writing"), "size", 3));
    }

    @Test
    void theVocabularyIsBounded() throws Exception
    {
        List<String> skills = new ArrayList<>();
        for (int index = 0; index <= ProfileSettingsService.MAX_VOCABULARY; index++) {
            skills.add("skill " + index);
        }

        assertEquals("gov.profiles.settings.error.vocabularyTooLong", assertThrows(GovException.class,
            () -> this.service.setSkillVocabulary(ADA, HEALTH, skills)).getMessageKey());
        assertEquals("gov.profiles.field.skills.required", assertThrows(GovException.class,
            () -> this.service.setSkillVocabulary(ADA, HEALTH, Collections.singletonList(" "))).getMessageKey());
        verify(this.vocabulary, never()).replace(any(), any(), any());
        verify(this.auditLog, never()).append(eq(ADA), any(), anyMap());
    }

    @Test
    void readingTheVocabularyNeedsTheDirectoryRight() throws Exception
    {
        doThrow(new AccessDeniedException("profiles.directory")).when(this.authorization).check(ADA,
            ProfileOperations.VIEW_DIRECTORY, Optional.of(HEALTH));

        assertThrows(AccessDeniedException.class, () -> this.service.getSkillVocabulary(ADA, HEALTH));
        verifyNoInteractions(this.store);
    }
}
