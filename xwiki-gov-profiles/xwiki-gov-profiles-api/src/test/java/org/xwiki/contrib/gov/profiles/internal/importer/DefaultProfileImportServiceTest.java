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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.profiles.ImportPreview;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.ProfileOperations;
import org.xwiki.contrib.gov.profiles.internal.ProfileValidator;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.environment.Environment;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The HR import's rules, on mocks: the right on the agency checked before the file is read, the agency must exist,
 * one row per person, no move out of an agency the importer may not assign, managers that exist, what a dry run
 * counts, and imports of other agencies out of reach.
 *
 * @version $Id$
 */
@ComponentTest
@ComponentList(ProfileValidator.class)
class DefaultProfileImportServiceTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final String HEALTH = "HEALTH";

    @InjectMockComponents
    private DefaultProfileImportService service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private JdbcImportReads reads;

    @MockComponent
    private WikiDirectory directory;

    @MockComponent
    private JdbcImportStore imports;

    @MockComponent
    private ImportRunner runner;

    @MockComponent
    private Clock clock;

    @MockComponent
    private ImportFileLimit fileLimit;

    @MockComponent
    private Environment environment;

    @TempDir
    private Path temporary;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.agencies.getAgency(HEALTH)).thenReturn(Optional.of(mock(Agency.class)));
        when(this.directory.userExists(anyString())).thenReturn(true);
        when(this.reads.findCurrent(any(), any())).thenReturn(Map.of());
        when(this.reads.findMemberships(any(), any())).thenReturn(Map.of());
        when(this.fileLimit.maxBytes()).thenReturn(1L << 20);
        when(this.environment.getTemporaryDirectory()).thenReturn(this.temporary.toFile());
    }

    @Test
    void theRightOnTheAgencyIsCheckedBeforeTheFileIsRead() throws Exception
    {
        doThrow(new AccessDeniedException("profiles.hr")).when(this.authorization).check(HANA,
            ProfileOperations.EDIT_HR_FIELDS, Optional.of(HEALTH));
        InputStream unread = mock(InputStream.class);

        assertThrows(AccessDeniedException.class, () -> this.service.preview(HANA, HEALTH, false, unread));
        assertThrows(AccessDeniedException.class, () -> this.service.start(HANA, HEALTH, false, unread));
        verifyNoInteractions(unread, this.store, this.agencies);
    }

    @Test
    void anUnknownAgencyIsNamed()
    {
        assertEquals("gov.profiles.import.error.unknownAgency", assertThrows(GovException.class,
            () -> this.service.preview(HANA, "NOWHERE", false, csv("user_id,display_name\nbob,Bob\n")))
            .getMessageKey());
    }

    @Test
    void aPersonListedTwiceIsRefusedOnTheSecondLine() throws Exception
    {
        ImportPreview preview = this.service.preview(HANA, HEALTH, false,
            csv("user_id,display_name\nbob,Bob\ncarol,Carol\nbob,Robert\n"));

        assertEquals(List.of(new ImportProblem(4, "bob", "gov.profiles.import.row.duplicatePerson",
            List.of("bob", 2L))), preview.rejected());
        assertEquals(2, preview.toCreate());
    }

    @Test
    void noMoveOutOfAnAgencyTheImporterMayNotAssign() throws Exception
    {
        when(this.reads.findMemberships(any(), any())).thenReturn(Map.of("bob",
            new Membership("bob", "REVENUE", Optional.empty())));
        when(this.authorization.isAllowed(HANA, CoreOperations.ASSIGN_MEMBERSHIP, Optional.of("REVENUE")))
            .thenReturn(false);

        ImportPreview preview = this.service.preview(HANA, HEALTH, false, csv("user_id,display_name\nbob,Bob\n"));

        assertEquals("gov.profiles.import.row.memberOfOtherAgency", preview.rejected().get(0).messageKey());
        assertEquals(0, preview.toCreate());
    }

    @Test
    void aManagerNobodyKnowsIsRefusedAndSoAreTheirReports() throws Exception
    {
        ImportPreview preview = this.service.preview(HANA, HEALTH, false,
            csv("user_id,display_name,manager_id\nbob,Bob,carol\ncarol,Carol,ghost\n"));

        assertEquals(Set.of("bob", "carol"), Set.copyOf(preview.rejected().stream().map(ImportProblem::userId)
            .toList()));
        assertEquals(Set.of("gov.profiles.error.unknownManager"), Set.copyOf(preview.rejected().stream()
            .map(ImportProblem::messageKey).toList()));
    }

    @Test
    void aFullImportCountsWhoItWouldDeactivate() throws Exception
    {
        when(this.reads.findActiveMembers(this.connection, HEALTH)).thenReturn(List.of("bob", "dave", "erin"));

        ImportPreview preview = this.service.preview(HANA, HEALTH, true, csv("user_id,display_name\nbob,Bob\n"));

        assertEquals(2, preview.toDeactivate());
    }

    @Test
    void anImportOfAnotherAgencyIsOutOfReach() throws Exception
    {
        when(this.imports.find(this.connection, 7)).thenReturn(Optional.of(new ImportState(7, "REVENUE", false,
            Set.of(ImportColumn.USER_ID, ImportColumn.DISPLAY_NAME), "raj", 0, "FIELDS", 1, "", 1, 0)));
        doThrow(new AccessDeniedException("profiles.hr")).when(this.authorization).check(HANA,
            ProfileOperations.EDIT_HR_FIELDS, Optional.of("REVENUE"));

        assertThrows(AccessDeniedException.class, () -> this.service.getStatus(HANA, 7));
        assertThrows(AccessDeniedException.class, () -> this.service.getProblems(HANA, 7, 0, 10));
        assertEquals("gov.profiles.import.error.unknownImport", assertThrows(GovException.class,
            () -> this.service.getStatus(HANA, 8)).getMessageKey());
    }

    private static InputStream csv(String text)
    {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
