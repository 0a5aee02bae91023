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

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.agency.UnitTreeEntry;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.AbstractKernelTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agencies and units on a real database: creation, renaming, trees, and refusals that leave nothing behind.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AgencyRegistryStoreTest extends AbstractKernelTest
{
    private static final Actor SYSTEM = Actor.system();

    private AgencyRegistry registry;

    @BeforeEach
    void createHealth() throws GovException
    {
        this.registry = this.kernel.get(AgencyRegistry.class);
        this.registry.createAgency(SYSTEM, agency("HEALTH", Optional.empty()));
    }

    @Test
    void createsAndRenamesAnAgencyAndAuditsBoth() throws Exception
    {
        this.registry.createAgency(SYSTEM, agency("PUBLIC_HEALTH", Optional.of("HEALTH")));
        this.registry.renameAgency(SYSTEM, "PUBLIC_HEALTH", new Bilingual("Public Health", "Santé publique"),
            "PHAC");

        Agency renamed = this.registry.getAgency("PUBLIC_HEALTH").orElseThrow();
        assertEquals("Santé publique", renamed.name().in(Locale.FRENCH));
        assertEquals("Public Health", renamed.name().in(Locale.GERMAN));
        assertEquals("PHAC", renamed.acronym());
        assertEquals(Optional.of("HEALTH"), renamed.parentKey());
        assertEquals(List.of("HEALTH", "PUBLIC_HEALTH"),
            this.registry.listAgencies().stream().map(Agency::key).toList());
        List<AuditRecord> records = this.kernel.get(AuditLog.class).read(1, 10);
        assertEquals(List.of("core.agency.created", "core.agency.created", "core.agency.renamed"),
            records.stream().map(AuditRecord::type).toList());
        assertTrue(records.get(2).payload().contains("\"nameFr\":\"Santé publique\""));
    }

    @Test
    void refusesADuplicateKeyAndKeepsTheFirstAgency() throws Exception
    {
        GovException duplicate = assertThrows(GovException.class,
            () -> this.registry.createAgency(SYSTEM, new Agency("HEALTH", new Bilingual("Other", "Autre"), "O",
                Optional.empty())));

        assertEquals("gov.core.error.agency.duplicate", duplicate.getMessageKey());
        assertEquals("An agency with the key \"HEALTH\" already exists. Keys are unique and never reused.",
            duplicate.getMessage());
        assertEquals("HEALTH agency", this.registry.getAgency("HEALTH").orElseThrow().name().english());
        assertEquals(1, auditCount());
    }

    @Test
    void refusesAnUnknownParentOrAgency() throws Exception
    {
        assertEquals("gov.core.error.agency.unknownParent", assertThrows(GovException.class,
            () -> this.registry.createAgency(SYSTEM, agency("CHILD", Optional.of("NOPE")))).getMessageKey());
        assertEquals("gov.core.error.agency.unknown", assertThrows(GovException.class,
            () -> this.registry.renameAgency(SYSTEM, "NOPE", new Bilingual("a", "b"), "c")).getMessageKey());
        assertEquals("gov.core.error.agency.unknown", assertThrows(GovException.class,
            () -> this.registry.createUnit(SYSTEM, unit("NOPE-X", "NOPE", Optional.empty()))).getMessageKey());
        assertEquals("gov.core.error.agency.unknown",
            assertThrows(GovException.class, () -> this.registry.listUnits("NOPE")).getMessageKey());
        assertEquals(Optional.empty(), this.registry.getAgency("CHILD"));
        assertEquals(1, auditCount());
    }

    @Test
    void listsUnitsTopDownWithTheirDepth() throws Exception
    {
        this.registry.createUnit(SYSTEM, unit("HEALTH-B", "HEALTH", Optional.empty()));
        this.registry.createUnit(SYSTEM, unit("HEALTH-A", "HEALTH", Optional.empty()));
        this.registry.createUnit(SYSTEM, unit("HEALTH-B2", "HEALTH", Optional.of("HEALTH-B")));
        this.registry.createUnit(SYSTEM, unit("HEALTH-B1", "HEALTH", Optional.of("HEALTH-B")));
        this.registry.createUnit(SYSTEM, unit("HEALTH-B1X", "HEALTH", Optional.of("HEALTH-B1")));

        List<UnitTreeEntry> tree = this.registry.listUnits("HEALTH");

        assertEquals(List.of("HEALTH-A:0", "HEALTH-B:0", "HEALTH-B1:1", "HEALTH-B1X:2", "HEALTH-B2:1"),
            tree.stream().map(entry -> entry.unit().key() + ':' + entry.depth()).toList());
    }

    @Test
    void refusesAUnitUnderAnotherAgencysUnit() throws Exception
    {
        this.registry.createAgency(SYSTEM, agency("REVENUE", Optional.empty()));
        this.registry.createUnit(SYSTEM, unit("REVENUE-AUDIT", "REVENUE", Optional.empty()));
        long before = auditCount();

        GovException misplaced = assertThrows(GovException.class,
            () -> this.registry.createUnit(SYSTEM, unit("HEALTH-AUDIT", "HEALTH", Optional.of("REVENUE-AUDIT"))));

        assertEquals("gov.core.error.unit.parentInOtherAgency", misplaced.getMessageKey());
        assertEquals(List.of("REVENUE-AUDIT", "REVENUE", "HEALTH"), misplaced.getParameters());
        assertEquals(Optional.empty(), this.registry.getUnit("HEALTH-AUDIT"));
        assertEquals(before, auditCount());
    }

    @Test
    void refusesADuplicateUnitKeyEvenInAnotherAgency() throws Exception
    {
        this.registry.createAgency(SYSTEM, agency("REVENUE", Optional.empty()));
        this.registry.createUnit(SYSTEM, unit("OPS", "HEALTH", Optional.empty()));

        GovException duplicate = assertThrows(GovException.class,
            () -> this.registry.createUnit(SYSTEM, unit("OPS", "REVENUE", Optional.empty())));

        assertEquals("gov.core.error.unit.duplicate", duplicate.getMessageKey());
        assertEquals("HEALTH", this.registry.getUnit("OPS").orElseThrow().agencyKey());
    }

    @Test
    void refusesAnUnknownParentUnit() throws Exception
    {
        assertEquals("gov.core.error.unit.unknownParent", assertThrows(GovException.class,
            () -> this.registry.createUnit(SYSTEM, unit("HEALTH-X", "HEALTH", Optional.of("HEALTH-NONE"))))
            .getMessageKey());
    }

    @Test
    void renamesAUnit() throws Exception
    {
        this.registry.createUnit(SYSTEM, unit("HEALTH-PH", "HEALTH", Optional.empty()));
        this.registry.renameUnit(SYSTEM, "HEALTH-PH", new Bilingual("Public health", "Santé publique"));

        assertEquals("Santé publique", this.registry.getUnit("HEALTH-PH").orElseThrow().name().french());
        assertEquals("gov.core.error.unit.unknown", assertThrows(GovException.class,
            () -> this.registry.renameUnit(SYSTEM, "HEALTH-NONE", new Bilingual("a", "b"))).getMessageKey());
    }

    @Test
    void refusesBadInputBeforeTouchingTheDatabase() throws Exception
    {
        assertEquals("gov.core.agency.key.invalid", assertThrows(GovException.class,
            () -> this.registry.createAgency(SYSTEM, agency("health", Optional.empty()))).getMessageKey());
        assertEquals("gov.core.agency.nameEn.required", assertThrows(GovException.class,
            () -> this.registry.createAgency(SYSTEM,
                new Agency("EMPTY", new Bilingual("  ", "Vide"), "E", Optional.empty()))).getMessageKey());
        assertEquals("gov.core.agency.nameFr.tooLong", assertThrows(GovException.class,
            () -> this.registry.createAgency(SYSTEM,
                new Agency("LONG", new Bilingual("Long", "x".repeat(201)), "L", Optional.empty())))
            .getMessageKey());
        assertEquals("gov.core.unit.key.invalid", assertThrows(GovException.class,
            () -> this.registry.createUnit(SYSTEM, unit("bad key", "HEALTH", Optional.empty()))).getMessageKey());
        assertEquals(1, this.registry.listAgencies().size());
        assertEquals(1, auditCount());
    }

    @Test
    void anAgencyIsNotCreatedWhenItsAuditRecordCannotBeWritten() throws Exception
    {
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM gov_audit_head");
            }
        });

        GovException failure = assertThrows(GovException.class,
            () -> this.registry.createAgency(SYSTEM, agency("REVENUE", Optional.empty())));

        assertEquals("gov.core.error.store.failure", failure.getMessageKey());
        assertEquals(Optional.empty(), this.registry.getAgency("REVENUE"));
    }

    @Test
    void storesMarkupAsPlainText() throws Exception
    {
        String markup = "<script>alert(1)</script>{{/html}}{{groovy}}x{{/groovy}}";
        this.registry.createAgency(SYSTEM,
            new Agency("MARKUP", new Bilingual(markup, markup), "M", Optional.empty()));

        assertEquals(markup, this.registry.getAgency("MARKUP").orElseThrow().name().english());
    }

    private long auditCount() throws GovException
    {
        return this.kernel.get(AuditLog.class).read(1, 1000).size();
    }

    private static Agency agency(String key, Optional<String> parent)
    {
        return new Agency(key, new Bilingual(key + " agency", "Organisme " + key), key, parent);
    }

    private static OrgUnit unit(String key, String agency, Optional<String> parent)
    {
        return new OrgUnit(key, agency, new Bilingual(key + " unit", "Unité " + key), parent);
    }
}
