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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Profile;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.profiles.internal.search.ProfileIndex;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of profiles, on mocks: each field shown as its visibility allows, the owner's own edits within the
 * agency's vocabulary, HR's edits on their agency's people only, and endorsements of a skill the person lists.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(ProfileValidator.class)
class DefaultProfileServiceTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private static final Actor BOB = Actor.user("bob", "Bob", Locale.ENGLISH);

    private static final Viewer ALICE_IN_HEALTH = new Viewer(Optional.of("alice"), Optional.of("HEALTH"), Set.of());

    private static final Viewer BOB_IN_REVENUE = new Viewer(Optional.of("bob"), Optional.of("REVENUE"), Set.of());

    @InjectMockComponents
    private DefaultProfileService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcProfileStore profiles;

    @MockComponent
    private JdbcOrgChartReads orgChart;

    @MockComponent
    private JdbcEndorsementStore endorsements;

    @MockComponent
    private JdbcProfileChangeLog changes;

    @MockComponent
    private ViewerResolver viewers;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private MembershipService memberships;

    @MockComponent
    private WikiDirectory directory;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private ProfileIndex index;

    @MockComponent
    private ProfileWrites writes;

    @MockComponent
    private JdbcSkillVocabulary vocabulary;

    @MockComponent
    private Clock clock;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.viewers.resolve(ALICE)).thenReturn(ALICE_IN_HEALTH);
        when(this.viewers.resolve(BOB)).thenReturn(BOB_IN_REVENUE);
        when(this.endorsements.counts(eq(this.connection), anyString(), anyString())).thenReturn(Map.of());
        when(this.profiles.find(this.connection, "alice")).thenReturn(Optional.of(alice()));
        when(this.clock.millis()).thenReturn(1000L);
    }

    @Test
    void eachFieldIsShownAsItsVisibilityAllows() throws Exception
    {
        ProfileView own = this.service.get(ALICE, "alice");
        assertEquals(Optional.of("555-0100"), own.details().phone());
        assertEquals(List.of("gis"), own.skills().stream().map(skill -> skill.skill()).toList());
        assertTrue(own.editable());
        assertEquals(Visibility.AGENCY, own.visibilities().get(PersonalField.PHONE));

        ProfileView seenByBob = this.service.get(BOB, "alice");
        assertEquals(Optional.empty(), seenByBob.details().phone(), "an agency-only field, Bob is elsewhere");
        assertEquals(List.of(), seenByBob.skills(), "private skills");
        assertFalse(seenByBob.editable());
        assertEquals(Map.of(), seenByBob.visibilities(), "only the owner sees the visibilities chosen");
        assertEquals(Optional.of("Alice"), seenByBob.details().preferredName());
    }

    @Test
    void anUnknownPersonIsNamed()
    {
        assertEquals("gov.profiles.error.unknownPerson", assertThrows(GovException.class,
            () -> this.service.get(ALICE, "ghost")).getMessageKey());
    }

    @Test
    void theOwnerMayOnlyAddSkillsOfTheAgencysVocabulary() throws Exception
    {
        when(this.vocabulary.unlisted(this.connection, "alice", List.of("juggling"))).thenReturn(List.of("juggling"));

        assertEquals("gov.profiles.field.skills.notInVocabulary", assertThrows(GovException.class,
            () -> this.service.updateOwn(ALICE, details(List.of("juggling"), Optional.empty()), Map.of()))
            .getMessageKey());
        verify(this.profiles, never()).updatePersonal(any(), any(), any(), anyMap(), anyLong());
        verifyNoInteractions(this.index);
    }

    @Test
    void anonymousVisitorsHaveNoProfileToEdit() throws Exception
    {
        Actor anonymous = Actor.anonymous(Locale.ENGLISH);
        when(this.viewers.resolve(anonymous)).thenReturn(new Viewer(Optional.empty(), Optional.empty(), Set.of()));

        assertThrows(AccessDeniedException.class,
            () -> this.service.updateOwn(anonymous, details(List.of(), Optional.empty()), Map.of()));
        assertThrows(AccessDeniedException.class, () -> this.service.endorse(anonymous, "alice", "gis"));
        verifyNoInteractions(this.store);
    }

    @Test
    void hrEditsOnlyPeopleOfTheirAgencyCheckedBeforeAnyWrite() throws Exception
    {
        HrFields hr = new HrFields("Alice Martin", Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals("gov.profiles.error.noAgency", assertThrows(GovException.class,
            () -> this.service.updateHr(BOB, "alice", hr)).getMessageKey());

        when(this.memberships.get("alice")).thenReturn(Optional.of(new Membership("alice", "HEALTH",
            Optional.empty())));
        doThrow(new AccessDeniedException("profiles.hr")).when(this.authorization).check(BOB,
            ProfileOperations.EDIT_HR_FIELDS, Optional.of("HEALTH"));
        assertThrows(AccessDeniedException.class, () -> this.service.updateHr(BOB, "alice", hr));
        assertThrows(AccessDeniedException.class, () -> this.service.setActive(BOB, "alice", false));
        verifyNoInteractions(this.store, this.writes);
    }

    @Test
    void nobodyEndorsesThemselves()
    {
        assertEquals("gov.profiles.error.selfEndorsement", assertThrows(GovException.class,
            () -> this.service.endorse(ALICE, "alice", "gis")).getMessageKey());
        verifyNoInteractions(this.store);
    }

    @Test
    void anEndorsementNeedsASkillTheEndorserCanSeeAndThePersonLists() throws Exception
    {
        assertEquals("gov.profiles.error.unknownSkill", assertThrows(GovException.class,
            () -> this.service.endorse(BOB, "alice", "gis")).getMessageKey(), "private skills");

        when(this.viewers.resolve(BOB)).thenReturn(new Viewer(Optional.of("bob"), Optional.of("HEALTH"),
            Set.of("HEALTH")));
        assertEquals("gov.profiles.error.unknownSkill", assertThrows(GovException.class,
            () -> this.service.endorse(BOB, "alice", "cooking")).getMessageKey(), "a skill Alice does not list");
        verify(this.endorsements, never()).add(any(), anyString(), anyString(), anyString(), anyLong());
    }

    @Test
    void aSecondEndorsementChangesNothing() throws Exception
    {
        when(this.viewers.resolve(BOB)).thenReturn(new Viewer(Optional.of("bob"), Optional.of("HEALTH"),
            Set.of("HEALTH")));
        when(this.endorsements.add(this.connection, "alice", "gis", "bob", 1000L)).thenReturn(true, false);

        this.service.endorse(BOB, "alice", " GIS ");
        this.service.endorse(BOB, "alice", "gis");

        verify(this.auditLog).append(BOB, "profiles.skill.endorsed", Map.of("user", "alice", "skill", "gis"));
        verify(this.changes).record(this.connection, "alice", 1000L);
        verify(this.index).catchUp();
    }

    private static Profile alice()
    {
        Map<PersonalField, Visibility> visibilities = new EnumMap<>(PersonalField.class);
        for (PersonalField field : PersonalField.values()) {
            visibilities.put(field, Visibility.GOVERNMENT);
        }
        visibilities.put(PersonalField.PHONE, Visibility.AGENCY);
        visibilities.put(PersonalField.SKILLS, Visibility.PRIVATE);
        return new Profile("alice", Optional.of("HEALTH"), Optional.of("HEALTH-PH"),
            new HrFields("Alice Martin", Optional.empty(), Optional.empty(), Optional.empty()),
            details(List.of("gis"), Optional.of("555-0100")), visibilities, true, 0);
    }

    private static PersonalDetails details(List<String> skills, Optional<String> phone)
    {
        return new PersonalDetails(Optional.of("Alice"), Optional.empty(), Optional.empty(), phone, Optional.empty(),
            List.of(), skills, Optional.empty(), false, Optional.empty(), List.of());
    }
}
