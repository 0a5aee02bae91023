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
package org.xwiki.contrib.gov.crossagency.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.CrossAgencyOperations;
import org.xwiki.contrib.gov.crossagency.SpaceQuery;
import org.xwiki.contrib.gov.crossagency.SpaceSearchResult;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceDirectory;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of {@link DefaultSpaceDirectory}: signed-in readers only, the keywords bounded before anything is read,
 * and the reader's scope (home agency, the labels their clearance covers, the agencies they administer).
 *
 * @version $Id$
 */
@ComponentTest
class DefaultSpaceDirectoryTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.FRENCH);

    @InjectMockComponents
    private DefaultSpaceDirectory service;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcSpaceDirectory directory;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private AgencyRegistry agencies;

    @MockComponent
    private MembershipService memberships;

    @MockComponent
    private ClearanceService clearances;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clearances.getLevels()).thenReturn(List.of("UNCLASSIFIED", "PROTECTED_A", "PROTECTED_B"));
        when(this.clearances.get("hana")).thenReturn("PROTECTED_A");
        when(this.memberships.get("hana")).thenReturn(Optional.of(new Membership("hana", "HEALTH", Optional.empty())));
        Agency health = mock(Agency.class);
        when(health.key()).thenReturn("HEALTH");
        when(this.agencies.listAgencies()).thenReturn(List.of(health));
        when(this.directory.search(any(), any(), any(), anyBoolean())).thenReturn(new SpaceSearchResult(List.of(), 0,
            0));
    }

    @Test
    void anonymousVisitorsAndOverlongSearchesAreRefusedBeforeAnythingIsRead()
    {
        assertThrows(AccessDeniedException.class,
            () -> this.service.search(Actor.anonymous(Locale.ENGLISH), SpaceQuery.all()));
        assertThrows(AccessDeniedException.class, () -> this.service.mine(Actor.anonymous(Locale.ENGLISH)));
        assertEquals("gov.crossagency.field.keywords.tooLong", assertThrows(GovException.class,
            () -> this.service.search(HANA, new SpaceQuery(Optional.of("x".repeat(201)), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 20))).getMessageKey());
        verifyNoInteractions(this.store, this.directory);
    }

    @Test
    void theReaderSeesTheLabelsTheirClearanceCoversAndTheAgenciesTheyAdminister() throws Exception
    {
        when(this.authorization.allowedAgencies(HANA, CrossAgencyOperations.DECIDE_FOR_AGENCY, List.of("HEALTH")))
            .thenReturn(List.of("HEALTH"));

        this.service.search(HANA, SpaceQuery.all());

        assertEquals(new JdbcSpaceDirectory.Reader("hana", Optional.of("HEALTH"),
            List.of("UNCLASSIFIED", "PROTECTED_A"), List.of("HEALTH"), false), reader());
    }

    @Test
    void aClearanceOffTheLadderCoversNoLabelAndAGovernmentAdministratorSeesEverySpace() throws Exception
    {
        when(this.clearances.get("hana")).thenReturn("RETIRED_LEVEL");
        this.service.search(HANA, SpaceQuery.all());
        assertEquals(List.of(), reader().clearedLabels());

        when(this.authorization.isAllowed(HANA, CrossAgencyOperations.SEE_EVERY_SPACE, Optional.empty()))
            .thenReturn(true);
        this.service.search(HANA, SpaceQuery.all());
        assertTrue(reader().everything());
    }

    private JdbcSpaceDirectory.Reader reader() throws Exception
    {
        ArgumentCaptor<JdbcSpaceDirectory.Reader> reader = ArgumentCaptor.forClass(JdbcSpaceDirectory.Reader.class);
        verify(this.directory, atLeastOnce()).search(eq(this.connection), reader.capture(),
            any(), eq(true));
        return reader.getValue();
    }
}
