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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.ImportFieldChange;
import org.xwiki.contrib.gov.profiles.ImportPreview;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.ImportRowChange;
import org.xwiki.contrib.gov.profiles.ImportedField;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.environment.Environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dry run of an HR import on H2 and PostgreSQL: every refused row with its reason, what would be created,
 * updated, left alone or deactivated, and files that cannot be read at all. Nothing is written.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ProfileImportPreviewTest extends AbstractKernelTest
{
    private static final String HEADER = "user_id,display_name,agency,unit,position_title,classification,manager_id\n";

    private static final String UNIT = GovWorld.OWN + GovWorld.UNIT_SUFFIX;

    private ProfileImportService imports;

    @BeforeEach
    void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.kernel.directory().addUser("carl", "carl");
        this.kernel.directory().addUser("dina", "dina");
        this.kernel.directory().addUser("erin", "erin");
        this.kernel.directory().addUser("fay", "fay");
        this.kernel.directory().addUser("gus", "gus");
        this.kernel.directory().addUser("hal", "hal");
        this.kernel.directory().addUser("ivy", "ivy");
        this.kernel.directory().addUser("newcomer", "newcomer");
        this.kernel.directory().addUser("zoé", "zoé");
        this.imports = this.kernel.get(ProfileImportService.class);
    }

    private ImportPreview preview(String csv, boolean full) throws GovException
    {
        return preview(csv.getBytes(StandardCharsets.UTF_8), full);
    }

    private ImportPreview preview(byte[] csv, boolean full) throws GovException
    {
        return this.imports.preview(Persona.HR_OWN.actor(), GovWorld.OWN, full, new ByteArrayInputStream(csv));
    }

    private static List<String> reasons(ImportPreview preview)
    {
        return preview.rejected().stream().map(problem -> problem.line() + " " + problem.messageKey()).toList();
    }

    @Test
    void everyRefusedRowIsReportedWithItsReason() throws Exception
    {
        String longName = "x".repeat(201);
        ImportPreview preview = preview(HEADER
            + "alice,Alice Martin,HEALTH," + UNIT + ",Analyst,EC-04,hana\n"
            + "hana,Hana Sato,,,HR advisor,,\n"
            + "bob,Bob,REVENUE,,,,\n"
            + "carl,Carl,HEALTH,NOWHERE,,,\n"
            + "dina,\"Dina \"\"D\"\" Roy\",HEALTH,,\"Lead, data\",,\n"
            + "erin,Erin,HEALTH\n"
            + ",No id,HEALTH,,,,\n"
            + "alice,Alice again,HEALTH,,,,\n"
            + "fay," + longName + ",HEALTH,,,,\n"
            + "gus,Gus,HEALTH,,,,nobody\n"
            + "hal,Hal,HEALTH,,,,gus\n"
            + "ivy,Ivy,HEALTH,,,,ivy\n"
            + "stranger,Not A User,HEALTH,,,,\n", false);

        assertEquals(List.of("4 gov.profiles.import.row.otherAgency", "5 gov.profiles.import.row.unknownUnit",
            "7 gov.profiles.import.row.columnCount", "8 gov.profiles.import.field.userId.required",
            "9 gov.profiles.import.row.duplicatePerson", "10 gov.profiles.field.displayName.tooLong",
            "11 gov.profiles.error.unknownManager", "12 gov.profiles.error.unknownManager",
            "13 gov.profiles.error.managerCycle", "14 gov.core.error.user.unknown"), reasons(preview));
        assertEquals(new ImportProblem(9, "alice", "gov.profiles.import.row.duplicatePerson", List.of("alice", 2L)),
            preview.rejected().get(4));
        assertEquals(List.of(7, 3), preview.rejected().get(2).parameters(), "expected, found");
        assertEquals(13, preview.rows());
        assertEquals(3, preview.toCreate(), "alice, hana and dina: quotes and commas inside quotes are read");
    }

    @Test
    void peopleAlreadyAsTheFileSaysAreLeftAloneAndAFullImportDeactivatesTheAbsent() throws Exception
    {
        ProfileService profiles = this.kernel.get(ProfileService.class);
        profiles.updateHr(Persona.HR_OWN.actor(), "hana", new HrFields("Hana Sato", Optional.of("HR advisor"),
            Optional.empty(), Optional.empty()));
        profiles.updateHr(Persona.HR_OWN.actor(), "alice", new HrFields("Alice", Optional.empty(), Optional.empty(),
            Optional.empty()));
        String csv = HEADER + "hana,Hana Sato,HEALTH,,HR advisor,,\n" + "newcomer,New Comer,,,,,hana\n";

        ImportPreview partial = preview(csv, false);
        assertEquals(List.of(1, 1, 0), List.of(partial.unchanged(), partial.toCreate(), partial.toUpdate()));
        assertEquals(0, partial.toDeactivate());
        ImportPreview full = preview(csv, true);
        assertEquals(1, full.toDeactivate(), "alice has an active profile at HEALTH and is not in the file");
        assertEquals(Optional.of("Alice"), Optional.of(profiles.get(Persona.HR_OWN.actor(), "alice").hr()
            .displayName()), "a dry run writes nothing");
    }

    @Test
    void aPersonOfAnotherAgencyIsRefusedUnlessTheImporterMayMoveThem() throws Exception
    {
        String csv = "user_id,display_name,manager_id\nbob,Bob Other,\ncarl,Carl,bob\n";

        ImportPreview byOwnHr = preview(csv, false);
        assertEquals(List.of("2 gov.profiles.import.row.memberOfOtherAgency", "3 gov.profiles.error.unknownManager"),
            reasons(byOwnHr), "the move is refused before anything is written, and so is a row naming them");
        assertEquals(List.of("bob", GovWorld.OTHER), byOwnHr.rejected().get(0).parameters());

        ImportPreview byGovernmentAdmin = this.imports.preview(Persona.GOV_ADMIN.actor(), GovWorld.OWN, false,
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), reasons(byGovernmentAdmin));
    }

    @Test
    void aColumnTheFileDoesNotHaveChangesNothingAndTheDryRunNamesEachChange() throws Exception
    {
        this.kernel.get(MembershipService.class).assign(Actor.system(), new Membership("alice", GovWorld.OWN,
            Optional.of(UNIT)));
        ProfileService profiles = this.kernel.get(ProfileService.class);
        profiles.updateHr(Persona.HR_OWN.actor(), "hana", new HrFields("Hana", Optional.empty(), Optional.empty(),
            Optional.empty()));
        profiles.updateHr(Persona.HR_OWN.actor(), "alice", new HrFields("Alice", Optional.of("Analyst"),
            Optional.of("EC-04"), Optional.of("hana")));

        ImportPreview titleOnly = preview("user_id,display_name,position_title\nalice,Alice Martin,Senior analyst\n"
            + "newcomer,New Comer,Clerk\n", false);

        assertEquals(List.of(1, 1, 0), List.of(titleOnly.toCreate(), titleOnly.toUpdate(), titleOnly.unchanged()));
        assertEquals(List.of(new ImportRowChange(2, "alice", false, List.of(
            new ImportFieldChange(ImportedField.DISPLAY_NAME, Optional.of("Alice"), Optional.of("Alice Martin")),
            new ImportFieldChange(ImportedField.POSITION_TITLE, Optional.of("Analyst"),
                Optional.of("Senior analyst")))),
            new ImportRowChange(3, "newcomer", true, List.of(
                new ImportFieldChange(ImportedField.DISPLAY_NAME, Optional.empty(), Optional.of("New Comer")),
                new ImportFieldChange(ImportedField.AGENCY, Optional.empty(), Optional.of(GovWorld.OWN)),
                new ImportFieldChange(ImportedField.POSITION_TITLE, Optional.empty(), Optional.of("Clerk"))))),
            titleOnly.changes(), "unit, classification and manager are not in the file: they stay");

        ImportPreview emptyCells = preview("user_id,display_name,unit,classification,manager_id\n"
            + "alice,Alice,,,hana\n", false);
        assertEquals(List.of(new ImportRowChange(2, "alice", false, List.of(
            new ImportFieldChange(ImportedField.UNIT, Optional.of(UNIT), Optional.empty()),
            new ImportFieldChange(ImportedField.CLASSIFICATION, Optional.of("EC-04"), Optional.empty())))),
            emptyCells.changes(), "an empty cell of a column the file has clears the value");

        ImportPreview same = preview("user_id,display_name,manager_id\nalice,Alice,hana\n", false);
        assertEquals(List.of(0, 0, 1), List.of(same.toCreate(), same.toUpdate(), same.unchanged()));
        assertEquals(List.of(), same.changes());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() throws Exception
    {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "user_id,display_name\r\nzoé,Zoé Côté\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(text, 0, csv, bom.length, text.length);

        ImportPreview preview = preview(csv, false);
        assertEquals(List.of(), preview.rejected());
        assertEquals(1, preview.toCreate());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWholeNamingTheLine()
    {
        byte[] latin1 = (HEADER + "zoe,Zo\u00e9 C\u00f4t\u00e9,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        GovException encoding = assertThrows(GovException.class, () -> preview(latin1, false));
        assertEquals("gov.profiles.import.error.encoding", encoding.getMessageKey());
        assertEquals("[2]", encoding.getParameters().toString(), "the line of the first byte that is not UTF-8");

        GovException quotes = assertThrows(GovException.class,
            () -> preview(HEADER + "a,A,,,,,\nb,\"B\"x,,,,,\n", false));
        assertEquals("gov.profiles.import.error.malformed", quotes.getMessageKey());
        assertEquals("gov.profiles.import.error.unknownColumn",
            assertThrows(GovException.class, () -> preview("user_id,display_name,salary\n", false)).getMessageKey());
        assertEquals("gov.profiles.import.error.missingColumn",
            assertThrows(GovException.class, () -> preview("user_id,unit\n", false)).getMessageKey());
        assertEquals("gov.profiles.import.error.empty",
            assertThrows(GovException.class, () -> preview("", false)).getMessageKey());
        assertEquals("gov.core.error.accessDenied", assertThrows(GovException.class,
            () -> this.imports.preview(Persona.HR_OTHER.actor(), GovWorld.OWN, false,
                new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)))).getMessageKey());
    }

    @Test
    void aFileOverTheConfiguredLimitIsReadNoFurtherThanOneBytePastItAndLeavesNothingBehind() throws Exception
    {
        this.kernel.configuration().setProperty("gov.profiles.import.maxMegabytes", 1L);
        AtomicLong read = new AtomicLong();
        byte[] row = "a,A\n".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream()
        {
            @Override
            public int read()
            {
                return row[(int) (read.getAndIncrement() % row.length)];
            }
        };
        GovException refused = assertThrows(GovException.class, () -> this.imports.preview(Persona.HR_OWN.actor(),
            GovWorld.OWN, false, endless));
        assertEquals("gov.profiles.import.error.tooLarge", refused.getMessageKey());
        assertEquals("[1]", refused.getParameters().toString());
        assertTrue(read.get() <= (1 << 20) + 64 * 1024, "read " + read.get() + " bytes");

        ImportPreview underTheLimit = preview("user_id,display_name\n" + "zo\u00e9,Zo\u00e9\n", false);
        assertEquals(1, underTheLimit.toCreate());
        Path temporary = this.kernel.get(Environment.class).getTemporaryDirectory().toPath();
        try (var files = Files.list(temporary)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().startsWith("gov-import-"))
                .toList(), "the spooled files are deleted");
        }
    }
}
