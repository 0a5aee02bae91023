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
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.ImportStatus;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applying HR imports on H2 and PostgreSQL: upsert, managers named later in the file, full-import deactivation (never
 * deletion), idempotence, refusals found only when applying, and resuming after a stop between chunks without
 * applying anything twice.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ProfileImportRunTest extends AbstractKernelTest
{
    private static final Actor HANA = Persona.HR_OWN.actor();

    private static final String HEADER = "user_id,display_name,unit,position_title,manager_id\n";

    private static final String UNIT = GovWorld.OWN + GovWorld.UNIT_SUFFIX;

    private ProfileImportService imports;

    private ProfileService profiles;

    @BeforeEach
    void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.kernel.directory().addUser("newcomer", "newcomer");
        this.kernel.directory().addUser("boss", "boss");
        this.kernel.directory().addUser("ann", "ann");
        this.kernel.directory().addUser("ben", "ben");
        this.kernel.directory().addUser("cy", "cy");
        this.imports = this.kernel.get(ProfileImportService.class);
        this.profiles = this.kernel.get(ProfileService.class);
    }

    private ImportStatus start(String csv, boolean full) throws GovException
    {
        return this.imports.start(HANA, GovWorld.OWN, full,
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private int auditRecords(String type) throws GovException
    {
        return auditRecordsBy(type, "%");
    }

    private int auditRecordsBy(String type, String actorPattern) throws GovException
    {
        // An import's records are deferred: the background task chains them; here, before counting.
        AuditLog auditLog = this.kernel.get(AuditLog.class);
        while (auditLog.chainPending(1_000) > 0) {
            // Chains the next thousand.
        }
        return this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM gov_audit_record WHERE event_type = ? AND actor_id LIKE ?")) {
                statement.setString(1, type);
                statement.setString(2, actorPattern);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
        });
    }

    @Test
    void aFullImportUpsertsSetsManagersAndDeactivatesTheAbsentOnce() throws Exception
    {
        this.profiles.updateHr(HANA, "alice", new HrFields("Alice", Optional.empty(), Optional.empty(),
            Optional.empty()));
        this.profiles.updateHr(HANA, "hana", new HrFields("Hana Sato", Optional.of("HR advisor"), Optional.empty(),
            Optional.empty()));
        String csv = HEADER + "hana,Hana Sato,,HR advisor,\n" + "newcomer,New Comer," + UNIT + ",Analyst,boss\n"
            + "boss,The Boss,,Director,\n";

        ImportStatus started = start(csv, true);
        assertEquals("FIELDS", started.phase());
        assertEquals(0, started.applied(), "nothing applied before run");
        ImportStatus done = this.imports.run(HANA, started.importId());

        assertTrue(done.isDone());
        assertEquals(List.of(2, 0, 1, 0, 1), List.of(done.created(), done.updated(), done.unchanged(),
            done.rejected(), done.deactivated()), done.toString());
        assertEquals(Optional.of("boss"), this.profiles.get(HANA, "newcomer").hr().managerId(),
            "a manager named later in the file");
        assertEquals(Optional.of(UNIT), this.kernel.get(MembershipService.class).get("newcomer").orElseThrow()
            .unitKey());
        assertFalse(this.profiles.get(HANA, "alice").active(), "absent from the full file: deactivated, kept");
        assertEquals(1, this.kernel.get(DirectorySearch.class).search(HANA, DirectoryQuery.of("New Comer"))
            .total(), "searchable once applied");

        ImportStatus again = this.imports.run(HANA, start(csv, true).importId());
        assertEquals(List.of(0, 0, 3, 0), List.of(again.created(), again.updated(), again.unchanged(),
            again.deactivated()), "the same file again changes nothing");
        assertEquals(done, this.imports.run(HANA, done.importId()), "a finished import stays finished");
        assertEquals(5, auditRecords("profiles.hr.updated"), "2 by hand; newcomer and boss, then newcomer's manager once boss exists; none after");
        assertTrue(this.kernel.get(AuditLog.class).verify().isIntact());
    }

    @Test
    void aColumnTheFileDoesNotHaveIsLeftAsItIsAndAnEmptyCellClearsIt() throws Exception
    {
        MembershipService memberships = this.kernel.get(MembershipService.class);
        memberships.assign(Actor.system(), new Membership("alice", GovWorld.OWN, Optional.of(UNIT)));
        this.profiles.updateHr(HANA, "hana", new HrFields("Hana", Optional.empty(), Optional.empty(),
            Optional.empty()));
        this.profiles.updateHr(HANA, "alice", new HrFields("Alice", Optional.of("Analyst"), Optional.of("EC-04"),
            Optional.of("hana")));

        ImportStatus titles = this.imports.run(HANA, start("user_id,display_name,position_title\n"
            + "alice,Alice Martin,Senior analyst\n", false).importId());

        assertEquals(1, titles.updated(), titles.toString());
        assertEquals(new HrFields("Alice Martin", Optional.of("Senior analyst"), Optional.of("EC-04"),
            Optional.of("hana")), this.profiles.get(HANA, "alice").hr(), "classification and manager kept");
        assertEquals(Optional.of(UNIT), memberships.get("alice").orElseThrow().unitKey(), "unit kept");

        this.imports.run(HANA, start("user_id,display_name,unit,manager_id\nalice,Alice Martin,,\n", false)
            .importId());

        assertEquals(new HrFields("Alice Martin", Optional.of("Senior analyst"), Optional.of("EC-04"),
            Optional.empty()), this.profiles.get(HANA, "alice").hr(), "the empty manager cell clears it");
        assertEquals(Optional.empty(), memberships.get("alice").orElseThrow().unitKey(), "so does the empty unit");
    }

    @Test
    void aClearanceColumnRecordsClearancesForHrOnlyAndABlankCellKeepsThem() throws Exception
    {
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        clearances.set(HANA, "hana", "PROTECTED_A");
        String csv = "user_id,display_name,clearance\nalice,Alice,PROTECTED_A\nnewcomer,New Comer,PROTECTED_B\n"
            + "hana,Hana,\n";

        ImportStatus done = this.imports.run(HANA, start(csv + "boss,Boss,TOP_SECRET\n", false).importId());

        assertEquals(List.of(3, 1), List.of(done.created(), done.rejected()), done.toString());
        assertEquals("gov.core.error.clearance.unknownLevel",
            this.imports.getProblems(HANA, done.importId(), 0, 10).get(0).messageKey());
        assertEquals(Map.of("alice", "PROTECTED_A", "newcomer", "PROTECTED_B", "hana", "PROTECTED_A"),
            clearances.getAll(List.of("alice", "newcomer", "hana")), "the blank cell keeps hana's");
        assertEquals(2, auditRecords("core.clearance.set") - 1);
        assertEquals(3, this.imports.run(HANA, start(csv, false).importId()).unchanged(), "nothing to change");

        assertEquals("gov.profiles.import.error.clearanceNotAllowed", assertThrows(GovException.class,
            () -> this.imports.start(Persona.AGENCY_ADMIN_OWN.actor(), GovWorld.OWN, false,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))).getMessageKey(),
            "an agency administrator edits HR fields, not clearances");
    }

    @Test
    void aManagerCycleFoundWhenApplyingIsReportedAndTheRestApplied() throws Exception
    {
        ImportStatus done = this.imports.run(HANA, start(HEADER + "ann,Ann,,,ben\nben,Ben,,,ann\ncy,Cy,,,ann\n",
            false).importId());

        assertEquals(3, done.created());
        assertEquals(1, done.rejected());
        assertEquals("gov.profiles.error.managerCycle",
            this.imports.getProblems(HANA, done.importId(), 0, 100).get(0).messageKey());
        assertEquals(Optional.of("ben"), this.profiles.get(HANA, "ann").hr().managerId());
        assertEquals(Optional.empty(), this.profiles.get(HANA, "ben").hr().managerId());
        assertEquals(Optional.of("ann"), this.profiles.get(HANA, "cy").hr().managerId());
    }

    @Test
    void aChunkIsWrittenInBatchesYetEachRowIsCheckedOnItsOwn() throws Exception
    {
        MembershipService memberships = this.kernel.get(MembershipService.class);
        for (String person : List.of("ann", "ben")) {
            memberships.assign(Actor.system(), new Membership(person, GovWorld.OWN, Optional.empty()));
            this.profiles.updateHr(HANA, person, new HrFields(person, Optional.empty(), Optional.empty(),
                Optional.empty()));
        }
        this.profiles.updateHr(HANA, "alice", new HrFields("Alice", Optional.empty(), Optional.empty(),
            Optional.empty()));
        this.profiles.setActive(HANA, "alice", false);
        ImportStatus started = start(HEADER + "ann,Ann,,,ben\nben,Ben,,,ann\nalice,Alice," + UNIT + ",Analyst,\n"
            + "cy,Cy,,,\nnewcomer,New Comer," + UNIT + ",Analyst,\n", false);
        // Between the check and the run, cy joins another agency: HANA may no longer move them.
        memberships.assign(Actor.system(), new Membership("cy", GovWorld.OTHER, Optional.empty()));

        ImportStatus done = this.imports.run(HANA, started.importId());

        assertEquals(List.of(1, 2, 0, 2), List.of(done.created(), done.updated(), done.unchanged(), done.rejected()),
            done.toString());
        assertEquals(List.of("gov.profiles.error.managerCycle", "gov.core.error.accessDenied"),
            this.imports.getProblems(HANA, done.importId(), 0, 100).stream().map(ImportProblem::messageKey).toList(),
            "the row closing a loop of managers written in the same chunk, and the refused move");
        assertEquals(Optional.of("ben"), this.profiles.get(HANA, "ann").hr().managerId());
        assertEquals(Optional.empty(), this.profiles.get(HANA, "ben").hr().managerId());
        ProfileView alice = this.profiles.get(HANA, "alice");
        assertTrue(alice.active(), "reactivated");
        assertEquals(Optional.of("Analyst"), alice.hr().positionTitle());
        assertEquals(Optional.of(UNIT), memberships.get("alice").orElseThrow().unitKey());
        assertEquals(GovWorld.OTHER, memberships.get("cy").orElseThrow().agencyKey(), "refused: not moved");
        assertThrows(GovException.class, () -> this.profiles.get(HANA, "cy"), "refused: no profile");
        assertEquals(Optional.of(UNIT), memberships.get("newcomer").orElseThrow().unitKey());
        assertEquals(2, auditRecordsBy("core.membership.assigned", "hana"), "alice and newcomer");
        assertTrue(this.kernel.get(AuditLog.class).verify().isIntact());
    }

    @Test
    void anImportStoppedBetweenChunksResumesWithoutApplyingAnythingTwice() throws Exception
    {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 0; n < 1_200; n++) {
            this.kernel.directory().addUser(String.format("p%04d", n), "Person " + n);
            csv.append(String.format("p%04d,Person %d,%s,Analyst,%s%n", n, n, UNIT, n == 0 ? "" : "p0000"));
        }
        ImportStatus started = start(csv.toString(), false);
        ImportApplier applier = this.kernel.get(ImportApplier.class);
        assertTrue(applier.applyNextChunk(HANA, started.importId()));
        assertTrue(applier.applyNextChunk(HANA, started.importId()));
        ImportStatus halfway = this.imports.getStatus(HANA, started.importId());
        assertEquals(1_000, halfway.applied(), "two chunks of 500 committed");

        // The process dies here; another run, perhaps by another process, goes on.
        ImportStatus done = this.imports.run(HANA, started.importId());
        assertEquals(1_200, done.created());
        assertEquals(Optional.of("p0000"), this.profiles.get(HANA, "p0001").hr().managerId());
        assertEquals(Optional.of("p0000"), this.profiles.get(HANA, "p1199").hr().managerId());
        // Each person once, plus a second step for the 499 of the first chunk, applied before p0000 existed.
        assertEquals(1_200 + 499, auditRecords("profiles.hr.updated"), "nothing applied twice");
        assertEquals(done, this.imports.run(HANA, started.importId()));
    }

    @Test
    void theBackgroundTaskFinishesAnInterruptedImportOnBehalfOfWhoStartedIt() throws Exception
    {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 0; n < 700; n++) {
            this.kernel.directory().addUser(String.format("q%04d", n), "Person " + n);
            csv.append(String.format("q%04d,Quincy Q%04d,%s,,%n", n, n, UNIT));
        }
        ImportStatus started = start(csv.toString(), false);
        assertTrue(this.kernel.get(ImportRunner.class).applyUntil(HANA, started.importId(),
            this.kernel.clock().instant()), "one chunk even when the deadline has passed, then it stops");
        assertEquals(500, this.imports.getStatus(HANA, started.importId()).applied());
        assertEquals("q0499", this.kernel.get(DirectorySearch.class).search(HANA, DirectoryQuery.of("Q0499")).hits()
            .get(0).person().userId(), "what a stopped run applied is searchable");

        // The process stops here; at the next start, the background task goes on.
        this.kernel.<GovTask>get(GovTask.class, "profiles-import").run();

        ImportStatus done = this.imports.getStatus(HANA, started.importId());
        assertTrue(done.isDone(), done.toString());
        assertEquals(700, done.created());
        assertEquals(List.of(700, 700), List.of(auditRecords("profiles.hr.updated"),
            auditRecordsBy("profiles.hr.updated", HANA.userId().orElseThrow())), "on behalf of who started it");
        assertEquals("q0699", this.kernel.get(DirectorySearch.class).search(HANA, DirectoryQuery.of("Q0699")).hits()
            .get(0).person().userId(), "the index caught up");
    }

    @Test
    void rowsAfterAGapOfRefusedLinesWiderThanAChunkAreApplied() throws Exception
    {
        StringBuilder csv = new StringBuilder(HEADER + "ann,Ann,,,\n");
        for (int n = 0; n < 1_100; n++) {
            csv.append("nobody").append(n).append(",Nobody,,,\n");
        }
        csv.append("ben,Ben,,,\ncy,Cy,,,ben\n");

        ImportStatus done = this.imports.run(HANA, start(csv.toString(), false).importId());

        assertEquals(List.of(3, 1_100), List.of(done.created(), done.rejected()), done.toString());
        assertEquals(Optional.of("ben"), this.profiles.get(HANA, "cy").hr().managerId());
    }

    @Test
    void recentImportsListOnlyTheAgenciesTheCallerMayImport() throws Exception
    {
        ImportStatus started = start(HEADER + "ann,Ann,,,\n", false);

        assertEquals(List.of(GovWorld.OWN), this.imports.getImportableAgencies(HANA));
        assertEquals(List.of(started.importId()), this.imports.getRecentImports(HANA, 10).stream()
            .map(ImportStatus::importId).toList());
        assertEquals(List.of(started.importId()), this.imports.getRecentImports(Persona.GOV_ADMIN.actor(), 10)
            .stream().map(ImportStatus::importId).toList());
        for (Persona outsider : List.of(Persona.EMPLOYEE_OWN, Persona.HR_OTHER, Persona.AGENCY_ADMIN_OTHER,
            Persona.ANONYMOUS)) {
            assertEquals(List.of(), this.imports.getRecentImports(outsider.actor(), 10), outsider.name());
        }
        assertEquals("hana", started.startedBy());
        assertEquals(this.kernel.clock().instant(), started.startedAt());
    }
}
