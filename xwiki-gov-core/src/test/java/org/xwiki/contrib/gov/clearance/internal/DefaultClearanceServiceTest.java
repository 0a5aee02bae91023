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
package org.xwiki.contrib.gov.clearance.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.inject.Named;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.clearance.ClearanceChange;
import org.xwiki.contrib.gov.clearance.ClearanceListener;
import org.xwiki.contrib.gov.clearance.ClearanceView;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.internal.JdbcMembershipStore;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The rules of {@link DefaultClearanceService}: the ladder, the lowest level by default, HR of the person's agency
 * only, nothing written for a refusal or an unchanged level, each change audited and told to the listeners.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultClearanceServiceTest
{
    private static final Actor HANA = Actor.user("hana", "Hana", Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static final String LEVELS = "gov.sensitivity.levels";

    @InjectMockComponents
    private DefaultClearanceService service;

    @MockComponent
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcClearanceStore clearances;

    @MockComponent
    private JdbcMembershipStore memberships;

    @MockComponent
    private GovAuthorization authorization;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private Clock clock;

    @MockComponent
    private ClearanceListener listener;

    private final Connection connection = mock(Connection.class);

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(this.connection));
        when(this.clock.instant()).thenReturn(NOW);
        when(this.configuration.getProperty(eq(LEVELS), anyString())).thenAnswer(call -> call.getArgument(1));
        when(this.memberships.findAll(eq(this.connection), any(), eq(false)))
            .thenReturn(Map.of("bob", new Membership("bob", "HEALTH", Optional.empty())));
        when(this.authorization.allowedAgencies(HANA, CoreOperations.SET_CLEARANCE, List.of("HEALTH")))
            .thenReturn(List.of("HEALTH"));
    }

    @Test
    void theLadderIsConfiguredLowestFirst()
    {
        assertEquals(List.of("UNCLASSIFIED", "PROTECTED_A", "PROTECTED_B"), this.service.getLevels());
        assertTrue(this.service.covers("PROTECTED_B", "PROTECTED_A"));
        assertTrue(this.service.covers("PROTECTED_A", "PROTECTED_A"));
        assertFalse(this.service.covers("UNCLASSIFIED", "PROTECTED_A"));
        assertFalse(this.service.covers("TOP_SECRET", "UNCLASSIFIED"), "off the ladder covers nothing");

        when(this.configuration.getProperty(eq(LEVELS), anyString())).thenReturn(" LOW, HIGH ,LOW,,");
        assertEquals(List.of("LOW", "HIGH"), this.service.getLevels());
        when(this.configuration.getProperty(eq(LEVELS), anyString())).thenReturn(" , ");
        assertEquals("UNCLASSIFIED", this.service.getLevels().get(0), "an empty setting keeps the default");
    }

    @Test
    void aPersonWithoutARecordHoldsTheLowestLevel() throws Exception
    {
        when(this.clearances.findAll(eq(this.connection), any(), eq(false))).thenReturn(Map.of("bob", "PROTECTED_B"));

        assertEquals(Map.of("bob", "PROTECTED_B", "carol", "UNCLASSIFIED"),
            this.service.getAll(List.of("bob", "carol")));
    }

    @Test
    void aLevelOffTheLadderIsRefusedBeforeTheStoreIsRead() throws Exception
    {
        assertEquals("gov.core.error.clearance.unknownLevel", assertThrows(GovException.class,
            () -> this.service.set(HANA, "bob", "TOP_SECRET")).getMessageKey());
        verifyNoInteractions(this.store);
    }

    @Test
    void hrOfAnotherAgencyIsRefusedAndNothingIsWritten() throws Exception
    {
        when(this.authorization.allowedAgencies(HANA, CoreOperations.SET_CLEARANCE, List.of("HEALTH")))
            .thenReturn(List.of());

        assertThrows(AccessDeniedException.class, () -> this.service.set(HANA, "bob", "PROTECTED_A"));
        verify(this.clearances, never()).insertAll(any(), any(), any());
        verifyNoInteractions(this.auditLog, this.listener);
    }

    @Test
    void onlyThoseWhoMayRecordAnyClearanceLearnThatAPersonHasNoAgency() throws Exception
    {
        assertThrows(AccessDeniedException.class, () -> this.service.set(HANA, "carol", "PROTECTED_A"));

        when(this.authorization.isAllowed(HANA, CoreOperations.SET_CLEARANCE, Optional.empty())).thenReturn(true);
        assertEquals("gov.core.error.clearance.noAgency", assertThrows(GovException.class,
            () -> this.service.set(HANA, "carol", "PROTECTED_A")).getMessageKey());
    }

    @Test
    void aChangeIsWrittenAuditedAndToldToTheListenersInItsTransaction() throws Exception
    {
        this.service.set(HANA, "bob", "PROTECTED_A");

        verify(this.clearances).insertAll(this.connection, Map.of("bob", "PROTECTED_A"), NOW);
        verify(this.auditLog).append(HANA, "core.clearance.set",
            Map.of("user", "bob", "level", "PROTECTED_A", "previous", "UNCLASSIFIED"));
        verify(this.listener).clearancesChanged(this.connection,
            List.of(new ClearanceChange("bob", "UNCLASSIFIED", "PROTECTED_A")), NOW.toEpochMilli());
    }

    @Test
    void aClearanceIsShownToThePersonAndToThoseWhoMayRecordIt() throws Exception
    {
        when(this.memberships.find(this.connection, "bob", false))
            .thenReturn(Optional.of(new Membership("bob", "HEALTH", Optional.empty())));
        when(this.authorization.isAllowed(HANA, CoreOperations.SET_CLEARANCE, Optional.of("HEALTH"))).thenReturn(true);
        Actor bob = Actor.user("bob", "Bob", Locale.ENGLISH);

        assertEquals(Optional.of(new ClearanceView("bob", "UNCLASSIFIED", true)), this.service.view(HANA, "bob"));
        assertEquals(Optional.of(new ClearanceView("bob", "UNCLASSIFIED", false)), this.service.view(bob, "bob"));
        assertEquals(Optional.empty(), this.service.view(Actor.user("raj", "Raj", Locale.ENGLISH), "bob"));
        assertEquals(Optional.empty(), this.service.view(Actor.anonymous(Locale.ENGLISH), "bob"));
    }

    @Test
    void anUnchangedLevelWritesNothing() throws Exception
    {
        when(this.clearances.findAll(eq(this.connection), any(), eq(true))).thenReturn(Map.of("bob", "PROTECTED_A"));

        this.service.set(HANA, "bob", "PROTECTED_A");
        this.service.set(HANA, "bob", "PROTECTED_A");

        verify(this.clearances, never()).updateAll(any(), any(), any());
        verifyNoInteractions(this.auditLog, this.listener);
    }
}
