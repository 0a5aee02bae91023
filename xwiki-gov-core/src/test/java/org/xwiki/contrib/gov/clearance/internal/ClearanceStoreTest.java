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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.role.internal.AbstractRoleStoreTest;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Clearances recorded, read back and audited on H2 and PostgreSQL.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ClearanceStoreTest extends AbstractRoleStoreTest
{
    @Test
    void hrOfThePersonsAgencyRecordsTheirClearanceWithAnAuditRecord() throws Exception
    {
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        assertEquals("UNCLASSIFIED", clearances.get("alice"), "the lowest level until HR records one");

        clearances.set(Persona.HR_OWN.actor(), "alice", "PROTECTED_B");
        clearances.set(Persona.HR_OWN.actor(), "alice", "PROTECTED_A");
        assertThrows(AccessDeniedException.class,
            () -> clearances.set(Persona.HR_OTHER.actor(), "alice", "UNCLASSIFIED"));
        assertThrows(AccessDeniedException.class,
            () -> clearances.set(Persona.AGENCY_ADMIN_OWN.actor(), "alice", "UNCLASSIFIED"), "HR's field only");

        assertEquals(Map.of("alice", "PROTECTED_A", "bob", "UNCLASSIFIED"),
            clearances.getAll(List.of("alice", "bob")));
        AuditRecord last = lastRecords(1).get(0);
        assertEquals("core.clearance.set", last.type());
        assertEquals("{\"level\":\"PROTECTED_A\",\"previous\":\"PROTECTED_B\",\"user\":\"alice\"}", last.payload());
    }

    @Test
    void aBulkChangeRecordsWhatHoldsAndReportsTheRest() throws Exception
    {
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("alice", "PROTECTED_A");
        levels.put("bob", "PROTECTED_A");
        levels.put("newbie", "PROTECTED_A");
        levels.put("hana", "SECRET");
        levels.put("omar", "PROTECTED_B");

        Map<String, GovException> refused = clearances.setInBulk(Persona.HR_OWN.actor(), levels);

        assertEquals("gov.core.error.clearance.unknownLevel", refused.get("hana").getMessageKey());
        assertEquals("gov.core.error.accessDenied", refused.get("bob").getMessageKey(), "bob is of REVENUE");
        assertEquals("gov.core.error.accessDenied", refused.get("newbie").getMessageKey(),
            "no home agency, said only to those who may record any clearance");
        assertEquals(3, refused.size());
        assertEquals(Map.of("alice", "PROTECTED_A", "bob", "UNCLASSIFIED", "omar", "PROTECTED_B"),
            clearances.getAll(List.of("alice", "bob", "omar")));
        assertEquals(2, this.auditLog.countPending(), "recorded with the changes, chained later");
        assertEquals("gov.core.error.clearance.noAgency", assertThrows(GovException.class,
            () -> clearances.set(Persona.GOV_ADMIN.actor(), "newbie", "PROTECTED_A")).getMessageKey());
    }
}
