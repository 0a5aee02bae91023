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
package org.xwiki.contrib.gov.agency.internal;

import java.sql.Connection;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.authorization.CoreOperations;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The order of checks in {@link DefaultAgencyRegistry}: input first, then rights, and only then the database.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultAgencyRegistryTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    @InjectMockComponents
    private DefaultAgencyRegistry registry;

    @MockComponent
    private GovStore store;

    @MockComponent
    private JdbcAgencyStore agencies;

    @MockComponent
    private AuditLog auditLog;

    @MockComponent
    private GovAuthorization authorization;

    @BeforeEach
    void runWorkOnAConnection() throws Exception
    {
        Connection connection = mock(Connection.class);
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(connection));
    }

    @Test
    void aRefusedActorTouchesNothing() throws Exception
    {
        doThrow(new AccessDeniedException(CoreOperations.CREATE_AGENCY.name())).when(this.authorization)
            .check(ALICE, CoreOperations.CREATE_AGENCY, Optional.empty());

        GovException refusal = assertThrows(GovException.class, () -> this.registry.createAgency(ALICE, agency()));

        assertEquals("gov.core.error.accessDenied", refusal.getMessageKey());
        verifyNoInteractions(this.store, this.agencies, this.auditLog);
    }

    @Test
    void badInputIsRefusedBeforeRightsAreChecked()
    {
        GovException refusal = assertThrows(GovException.class, () -> this.registry.createAgency(ALICE,
            new Agency("HEALTH", new Bilingual("Health", ""), "HC", Optional.empty())));

        assertEquals("gov.core.agency.nameFr.required", refusal.getMessageKey());
        verifyNoInteractions(this.authorization, this.store, this.agencies, this.auditLog);
    }

    @Test
    void aRenameOfAnUnknownUnitIsRefusedWithoutAnAuditRecord() throws Exception
    {
        when(this.agencies.getUnit(any(), any())).thenReturn(Optional.empty());

        GovException refusal = assertThrows(GovException.class,
            () -> this.registry.renameUnit(ALICE, "NOPE", new Bilingual("a", "b")));

        assertEquals("gov.core.error.unit.unknown", refusal.getMessageKey());
        verifyNoInteractions(this.authorization, this.auditLog);
    }

    private static Agency agency()
    {
        return new Agency("HEALTH", new Bilingual("Health", "Santé"), "HC", Optional.empty());
    }
}
