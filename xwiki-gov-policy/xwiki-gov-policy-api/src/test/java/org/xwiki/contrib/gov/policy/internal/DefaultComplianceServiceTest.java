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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.ComplianceReport;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.PolicyFixtures;
import org.xwiki.contrib.gov.policy.internal.store.ComplianceScope;
import org.xwiki.contrib.gov.policy.internal.store.JdbcAssignmentStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcGuidelineStore;
import org.xwiki.contrib.gov.policy.internal.store.JdbcTallyStore;
import org.xwiki.contrib.gov.policy.internal.store.TallyKey;
import org.xwiki.contrib.gov.policy.internal.store.TallyRow;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of compliance figures, on mocks: counters summed by agency or by unit within the reader's scope, overdue
 * from the due day, a retired guideline's pending people counted as withdrawn, and the refusals.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultComplianceServiceTest
{
    private static final String KEY = "SOCIAL";

    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @InjectMockComponents
    private DefaultComplianceService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcGuidelineStore guidelines;

    @MockComponent
    private JdbcAssignmentStore assignments;

    @MockComponent
    private JdbcTallyStore tally;

    @MockComponent
    private PolicyAccess access;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private WikiDirectory directory;

    @MockComponent
    private PolicyConfiguration configuration;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.configuration.today()).thenReturn(TODAY);
        when(this.agencies.listAgencies()).thenReturn(List.of(new Agency("HEALTH", new Bilingual("Health",
            "Sant\u00e9"), "H", Optional.empty())));
        when(this.tally.read(this.connection, KEY, 1)).thenReturn(List.of(
            row("HEALTH", "HEALTH-PH", -1, AssignmentState.PENDING, 3),
            row("HEALTH", "HEALTH-IT", 1, AssignmentState.PENDING, 4),
            row("HEALTH", "HEALTH-IT", 1, AssignmentState.DONE, 10),
            row("HEALTH", "HEALTH-PH", 1, AssignmentState.EXEMPT, 1),
            row("REVENUE", "REVENUE-TX", 1, AssignmentState.DONE, 7)));
    }

    @Test
    void sumsTheCountersOfTheAgenciesTheReaderMaySee() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 1, new ComplianceScope(false, Set.of("HEALTH")));

        ComplianceReport report = this.service.getReport(HANA, KEY, Optional.empty());

        assertEquals(new ComplianceCounts(18, 10, 7, 3, 1), report.total());
        assertEquals(List.of("HEALTH"), report.rows().stream().map(row -> row.key()).toList());
        assertEquals("Health", report.rows().get(0).name().english());
    }

    @Test
    void drillsDownOneAgencyByUnit() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 1, new ComplianceScope(true, Set.of()));

        ComplianceReport report = this.service.getReport(HANA, KEY, Optional.of("HEALTH"));

        assertEquals(List.of("HEALTH-IT", "HEALTH-PH"), report.rows().stream().map(row -> row.key()).toList());
        assertEquals(new ComplianceCounts(14, 10, 4, 0, 0), report.rows().get(0).counts());
        assertEquals(new ComplianceCounts(4, 0, 3, 3, 1), report.rows().get(1).counts());
    }

    @Test
    void aRetiredGuidelinesPendingPeopleAreNeitherPendingNorOverdue() throws Exception
    {
        guideline(GuidelineStatus.RETIRED, 1, new ComplianceScope(false, Set.of("HEALTH")));

        ComplianceReport report = this.service.getReport(HANA, KEY, Optional.empty());

        assertEquals(0, report.total().pending());
        assertEquals(0, report.total().overdue());
        assertEquals(List.of(), this.service.getOverdue(HANA, KEY, Optional.empty(), 0, 50));
        verifyNoInteractions(this.assignments);
    }

    @Test
    void refusesAnAgencyOutsideTheScopeAnUnpublishedGuidelineAndAnUnknownOne() throws Exception
    {
        guideline(GuidelineStatus.ACTIVE, 1, new ComplianceScope(false, Set.of("HEALTH")));
        assertThrows(AccessDeniedException.class, () -> this.service.getReport(HANA, KEY, Optional.of("REVENUE")));

        guideline(GuidelineStatus.ACTIVE, 0, new ComplianceScope(true, Set.of()));
        assertEquals("gov.policy.error.notPublished", assertThrows(GovException.class,
            () -> this.service.getReport(HANA, KEY, Optional.empty())).getMessageKey());

        assertThrows(NotFoundException.class, () -> this.service.getReport(HANA, "NOPE", Optional.empty()));
    }

    private void guideline(GuidelineStatus status, int major, ComplianceScope scope) throws Exception
    {
        Guideline guideline = new Guideline(KEY, Optional.empty(), status, PolicyFixtures.content(), 14, major, major);
        when(this.guidelines.find(this.connection, KEY, false)).thenReturn(Optional.of(guideline));
        when(this.access.complianceScope(this.connection, HANA, guideline)).thenReturn(scope);
    }

    private static TallyRow row(String agency, String unit, int daysFromToday, AssignmentState state, long count)
    {
        return new TallyRow(new TallyKey(KEY, 1, agency, unit, (int) TODAY.plusDays(daysFromToday).toEpochDay(),
            state), count);
    }
}
