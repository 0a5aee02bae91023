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
package org.xwiki.contrib.gov.policy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.PolicyFixtures;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.PublicationResult;
import org.xwiki.contrib.gov.policy.VersionChanges;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.audience.AudienceResolver;
import org.xwiki.contrib.gov.policy.internal.content.VersionCache;
import org.xwiki.contrib.gov.policy.internal.content.VersionComparison;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcTallyStore;
import org.xwiki.contrib.gov.policy.internal.store.PolicyWrites;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of managing guidelines on mocks: keys, rights before writes, the first version major, due dates, an
 * audience that finds nobody, retired guidelines, and what a publication writes and audits.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultGuidelineServiceTest
{
    private static final String KEY = "SOCIAL";

    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static final PublicationRequest MAJOR = new PublicationRequest(VersionKind.MAJOR, "1.0",
        new Bilingual("First", "Premi\u00e8re"), Optional.of(TODAY.plusDays(30)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT);

    private static final PublicationRequest MINOR = new PublicationRequest(VersionKind.MINOR, "1.1",
        new Bilingual("Typo", "Coquille"), Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT);

    @InjectMockComponents
    private DefaultGuidelineService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcGuidelineStore guidelines;

    @MockComponent
    private JdbcAssignmentStore assignments;

    @MockComponent
    private JdbcTallyStore tally;

    @MockComponent
    private Provider<PolicyWrites> writesProvider;

    @MockComponent
    private AudienceResolver audiences;

    @MockComponent
    private VersionCache versions;

    @MockComponent
    private PolicyAccess access;

    @MockComponent
    private VersionComparison comparison;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private PolicyConfiguration configuration;

    @MockComponent
    private Clock clock;

    private final Connection connection = mock(Connection.class);

    private final PolicyWrites writes = mock(PolicyWrites.class);

    @BeforeEach
    void runTransactionsOnTheMockConnection() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.writesProvider.get()).thenReturn(this.writes);
        when(this.clock.instant()).thenReturn(NOW);
        when(this.configuration.today()).thenReturn(TODAY);
        when(this.configuration.getDefaultJoinerGraceDays()).thenReturn(14);
    }

    @Test
    void refusesAKeyOfTheWrongFormBeforeAnythingElse()
    {
        assertEquals("gov.policy.field.key.invalid", assertThrows(GovException.class,
            () -> this.service.create(HANA, "social media", Optional.empty(), PolicyFixtures.content()))
            .getMessageKey());
        verifyNoInteractions(this.access, this.store);
    }

    @Test
    void checksTheRightToManageBeforeWriting() throws Exception
    {
        doThrow(new AccessDeniedException("policy.manage")).when(this.access).checkManage(eq(HANA), any());

        assertThrows(AccessDeniedException.class,
            () -> this.service.create(HANA, KEY, Optional.of("HEALTH"), PolicyFixtures.content()));
        verifyNoInteractions(this.store, this.auditLog);
    }

    @Test
    void aSecondGuidelineOfTheSameKeyIsADuplicate() throws Exception
    {
        doThrow(new SQLException("duplicate", "23505")).when(this.guidelines).insert(eq(this.connection), any(),
            eq(NOW), anyString());

        assertEquals("gov.policy.error.duplicate", assertThrows(GovException.class,
            () -> this.service.create(HANA, KEY, Optional.empty(), PolicyFixtures.content())).getMessageKey());
        verifyNoInteractions(this.auditLog);
    }

    @Test
    void theFirstVersionMustBeMajor() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 0);

        assertEquals("gov.policy.error.firstVersionMajor", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, MINOR)).getMessageKey());
        verify(this.guidelines, never()).insertVersion(any(), any());
    }

    @Test
    void aMajorVersionNeedsADueDateNotInThePast() throws Exception
    {
        assertEquals("gov.policy.field.dueDate.required", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, new PublicationRequest(VersionKind.MAJOR, "1.0",
                new Bilingual("a", "b"), Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT))).getMessageKey());
        assertEquals("gov.policy.error.dueDateInPast", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, new PublicationRequest(VersionKind.MAJOR, "1.0",
                new Bilingual("a", "b"), Optional.of(TODAY.minusDays(1)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT))).getMessageKey());
        verifyNoInteractions(this.store);
    }

    @Test
    void anAudienceThatFindsNobodyPublishesNothing() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 0);
        when(this.writes.assignAudience(eq(this.connection), eq(KEY), eq(1), any(), eq(NOW), any())).thenReturn(0L);

        assertEquals("gov.policy.error.audienceEmpty", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, MAJOR)).getMessageKey());
        verify(this.auditLog, never()).append(any(), anyString(), anyMap());
    }

    @Test
    void aRetiredGuidelineCannotChange() throws Exception
    {
        guideline(GuidelineStatus.RETIRED, 1);

        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, MINOR)).getMessageKey());
        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.service.saveDraft(HANA, KEY, PolicyFixtures.content())).getMessageKey());
    }

    @Test
    void graceDaysStayWithinAYear()
    {
        for (int days : new int[] {0, 366}) {
            assertEquals("gov.policy.error.graceDays", assertThrows(GovException.class,
                () -> this.service.saveAudience(HANA, KEY, new Audience(Set.of("HEALTH"), Set.of(), Set.of(),
                    Set.of(), Set.of()), days)).getMessageKey());
        }
        verifyNoInteractions(this.store);
    }

    @Test
    void aMajorVersionAssignsItsAudienceAndIsAudited() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 1);
        when(this.writes.assignAudience(eq(this.connection), eq(KEY), eq(2), eq(Optional.of("HEALTH")), eq(NOW),
            eq(MAJOR.dueDate().get()))).thenReturn(120L);
        when(this.assignments.countResolvedWithoutHome(this.connection, KEY)).thenReturn(3L);

        PublicationResult result = this.service.publish(HANA, KEY, MAJOR);

        assertEquals(2, result.version().number());
        assertEquals(120L, result.assigned());
        assertEquals(3L, result.withoutHomeAgency());
        verify(this.guidelines).update(eq(this.connection), eq(new Guideline(KEY, Optional.of("HEALTH"),
            GuidelineStatus.ACTIVE, PolicyFixtures.content(), 14, 2, 2)), eq(NOW));
        verify(this.auditLog).append(eq(HANA), eq("policy.version.published"), anyMap());
        verify(this.writes).refreshStatistics(any());
        InOrder order = inOrder(this.assignments, this.writes);
        order.verify(this.assignments).recordAssignmentsAfter(this.connection, KEY, 2);
        order.verify(this.writes).assignAudience(eq(this.connection), eq(KEY), eq(2), any(), any(), any());
    }

    @Test
    void aMinorVersionAssignsNobody() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 1);
        currentVersionChangedBy(2);

        PublicationResult result = this.service.publish(HANA, KEY, MINOR);

        assertEquals(2, result.version().number());
        assertEquals(0L, result.assigned());
        verify(this.writes, never()).assignAudience(any(), anyString(), anyInt(), any(), any(), any());
        verify(this.assignments, never()).recordAssignmentsAfter(any(), anyString(), anyInt());
        verify(this.guidelines).update(eq(this.connection), eq(new Guideline(KEY, Optional.of("HEALTH"),
            GuidelineStatus.ACTIVE, PolicyFixtures.content(), 14, 2, 1)), eq(NOW));
    }

    @Test
    void bothLanguagesNeedTheSameSectionsAndHrsWordThatTheySayTheSame() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 0);
        doThrow(new GovException("gov.policy.error.sectionMissingFr", "Scope", 2)).when(this.comparison)
            .requireSameSections(PolicyFixtures.content());

        assertEquals("gov.policy.error.sectionMissingFr", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, MAJOR)).getMessageKey());

        doNothing().when(this.comparison).requireSameSections(any());
        assertEquals("gov.policy.error.languagesNotConfirmed", assertThrows(GovException.class,
            () -> this.service.publish(HANA, KEY, new PublicationRequest(VersionKind.MAJOR, "1.0",
                MAJOR.changeSummary(), MAJOR.dueDate()))).getMessageKey());
        verify(this.guidelines, never()).insertVersion(any(), any());
        verify(this.auditLog, never()).append(any(), anyString(), anyMap());
    }

    @Test
    void aMinorVersionChangingMoreThanTheShareAllowedNeedsHrsConfirmationWhichIsAudited() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 1);
        currentVersionChangedBy(6);

        GovException refusal = assertThrows(GovException.class, () -> this.service.publish(HANA, KEY, MINOR));
        assertEquals("gov.policy.error.minorChangesLarge", refusal.getMessageKey());
        assertEquals(List.of("6", "5"), refusal.getParameters());
        verify(this.guidelines, never()).insertVersion(any(), any());

        this.service.publish(HANA, KEY, MINOR.confirming(PublicationConfirmation.MINOR_DESPITE_CHANGES));
        verify(this.auditLog).append(eq(HANA), eq("policy.version.published"), argThat(payload ->
            payload.get("changedPercent").equals(6) && payload.get("confirmed").equals(
                List.of("LANGUAGES_EQUIVALENT", "MINOR_DESPITE_CHANGES"))));
    }

    @Test
    void whatChangedInAVersionIsComparedOnceButItsRightsCheckedEveryTime() throws Exception
    {
        Guideline guideline = new Guideline(KEY, Optional.of("HEALTH"), GuidelineStatus.ACTIVE,
            PolicyFixtures.content(), 14, 2, 2);
        when(this.guidelines.find(this.connection, KEY, false)).thenReturn(Optional.of(guideline));
        when(this.access.canRead(this.connection, HANA, guideline)).thenReturn(true);
        for (int number : new int[] {1, 2}) {
            when(this.guidelines.findVersion(this.connection, KEY, number)).thenReturn(Optional.of(new GuidelineVersion(
                KEY, number, number + ".0", VersionKind.MAJOR, NOW, "hana", MAJOR.changeSummary(),
                PolicyFixtures.content(), "hash", MAJOR.dueDate())));
        }
        VersionChanges changes = new VersionChanges(List.of(), 3);
        when(this.comparison.compare(PolicyFixtures.content(), PolicyFixtures.content(), "fr")).thenReturn(changes);

        assertEquals(changes, this.service.compareWithPrevious(HANA, KEY, 2, "fr"));
        assertEquals(changes, this.service.compareWithPrevious(HANA, KEY, 2, "fr"));
        verify(this.comparison, times(1)).compare(any(), any(), anyString());

        when(this.access.canRead(this.connection, HANA, guideline)).thenReturn(false);
        assertEquals("gov.policy.error.unknownGuideline", assertThrows(GovException.class,
            () -> this.service.compareWithPrevious(HANA, KEY, 2, "fr")).getMessageKey());
    }

    private void currentVersionChangedBy(int percent) throws Exception
    {
        GuidelineVersion current = new GuidelineVersion(KEY, 1, "1.0", VersionKind.MAJOR, NOW, "hana",
            MAJOR.changeSummary(), PolicyFixtures.content(), "hash", MAJOR.dueDate());
        when(this.versions.get(this.connection, KEY, 1)).thenReturn(current);
        when(this.comparison.changedPercent(current.content(), PolicyFixtures.content())).thenReturn(percent);
        when(this.configuration.getMinorChangePercent()).thenReturn(5);
    }

    private void guideline(GuidelineStatus status, int currentVersion) throws Exception
    {
        when(this.guidelines.find(this.connection, KEY, true)).thenReturn(Optional.of(new Guideline(KEY,
            Optional.of("HEALTH"), status, PolicyFixtures.content(), 14, currentVersion,
            Math.min(currentVersion, 1))));
    }

    @Test
    void theOwnersOfferedAreThoseTheActorMayManageGovernmentWideFirst() throws Exception
    {
        Agency health = mock(Agency.class);
        when(health.key()).thenReturn("HEALTH");
        Agency revenue = mock(Agency.class);
        when(revenue.key()).thenReturn("REVENUE");
        when(this.agencies.listAgencies()).thenReturn(List.of(health, revenue));
        when(this.access.canOwn(HANA, Optional.of("HEALTH"))).thenReturn(true);

        assertEquals(List.of(Optional.of("HEALTH")), this.service.listOwners(HANA));

        when(this.access.canOwn(HANA, Optional.empty())).thenReturn(true);
        when(this.access.canOwn(HANA, Optional.of("REVENUE"))).thenReturn(true);
        assertEquals(List.of(Optional.empty(), Optional.of("HEALTH"), Optional.of("REVENUE")),
            this.service.listOwners(HANA));
    }
}
