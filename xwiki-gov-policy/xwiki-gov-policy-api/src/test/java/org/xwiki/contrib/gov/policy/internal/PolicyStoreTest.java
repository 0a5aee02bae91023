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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementMethod;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.AssignmentView;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.PublicationResult;
import org.xwiki.contrib.gov.policy.Question;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.export.XlsxReading;
import org.xwiki.contrib.gov.policy.internal.store.ContentCodec;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.agencies;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.major;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.question;

/**
 * The policy services on H2 and PostgreSQL: publication, acknowledgement, versions, HR actions, counts, exports.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PolicyStoreTest extends AbstractKernelTest
{
    private static final Actor ALICE = Persona.EMPLOYEE_OWN.actor();

    private static final Actor HANA = Persona.HR_OWN.actor();

    private GuidelineService guidelines;

    private AcknowledgementService acknowledgements;

    private ComplianceService compliance;

    private LocalDate today;

    @BeforeEach
    void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        this.guidelines = this.kernel.get(GuidelineService.class);
        this.acknowledgements = this.kernel.get(AcknowledgementService.class);
        this.compliance = this.kernel.get(ComplianceService.class);
        this.today = LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
    }

    @Test
    void publishingAssignsTheAudienceAndAcknowledgingIsRecordedOnceWithItsEvidence() throws Exception
    {
        PublicationResult publication = publishSocial(this.kernel, content(), this.today.plusDays(14));
        assertEquals(3, publication.assigned(), "alice, hana and omar work at HEALTH");
        assertEquals(1, publication.version().number());
        assertEquals(new ContentCodec().hash(content()), publication.version().textHash());

        List<AssignmentView> mine = this.acknowledgements.getMyAssignments(ALICE);
        assertEquals(1, mine.size());
        assertEquals(AssignmentState.PENDING, mine.get(0).assignment().state());

        Acknowledgement first = this.acknowledgements.acknowledge(ALICE, SOCIAL,
            new AcknowledgementInput(1, Locale.FRENCH, List.of(), true,
                Optional.of(" Alice Martin ")));
        Acknowledgement again = this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        assertEquals(first, again, "acknowledging twice is idempotent");
        assertEquals(AcknowledgementMethod.SELF_SERVICE, first.method());
        assertEquals(Locale.FRENCH, first.language());
        assertEquals(Optional.of("Alice Martin"), first.signature());
        assertEquals(publication.version().textHash(), first.textHash());

        assertEquals(new ComplianceCounts(3, 1, 2, 0, 0),
            this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total());
        assertEquals(List.of(first), this.acknowledgements.getMyHistory(ALICE));

        AuditLog auditLog = this.kernel.get(AuditLog.class);
        assertEquals(1, auditLog.countPending());
        auditLog.chainPending(10);
        List<AuditRecord> records = auditLog.read(1, 1000);
        AuditRecord acknowledgement = records.get(records.size() - 1);
        assertEquals("policy.acknowledgement.recorded", acknowledgement.type());
        assertTrue(acknowledgement.payload().contains("\"textHash\":\"" + first.textHash() + '"'));
        assertTrue(acknowledgement.payload().contains("\"acknowledgement\":" + first.id() + ','),
            "the record names the acknowledgement under its stored id: " + acknowledgement.payload());
        assertTrue(auditLog.verify().isIntact());

        String receipt = this.acknowledgements.getReceipt(ALICE, first.id());
        assertTrue(receipt.contains(first.textHash()), receipt);
        assertTrue(receipt.contains("Soyez prudent en ligne."), "the text read, in the language read");
        assertEquals("gov.policy.error.unknownAcknowledgement", assertThrows(GovException.class,
            () -> this.acknowledgements.getReceipt(HANA, first.id())).getMessageKey());
    }

    @Test
    void aFailedQuizOrAMissingAttestationRecordsNothing() throws Exception
    {
        publishSocial(this.kernel, content("Quiz", List.of(question(), question()), 2), this.today.plusDays(3));

        assertEquals("gov.policy.error.quizFailed", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1, 1, 0))).getMessageKey());
        assertEquals("gov.policy.error.unanswered", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1, 1))).getMessageKey());
        assertEquals("gov.policy.error.attestation", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(ALICE, SOCIAL,
                new AcknowledgementInput(1, Locale.ENGLISH, List.of(1, 1), false,
                    Optional.empty()))).getMessageKey());
        assertEquals(List.of(), this.acknowledgements.getMyHistory(ALICE));

        Acknowledgement passed = this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1, 1, 1));
        assertEquals(Optional.of(2), passed.quizScore());
        assertEquals(2, passed.quizTotal());
    }

    @Test
    void aMinorVersionCarriesAcknowledgementsAndAMajorOneAsksAgain() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        this.guidelines.saveDraft(HANA, SOCIAL, content("Social media policy, typo fixed", List.of(), 0));
        GuidelineVersion minor = this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MINOR,
            "1.1", new Bilingual("Typo", "Coquille"), Optional.empty())).version();

        AssignmentView carried = this.acknowledgements.getMyAssignments(ALICE).get(0);
        assertEquals(AssignmentState.DONE, carried.assignment().state());
        assertEquals(minor, carried.version(), "a reader is shown the current version, the minor one");
        assertEquals("gov.policy.error.superseded", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(HANA, SOCIAL, input(1))).getMessageKey());
        assertEquals(2, this.acknowledgements.acknowledge(HANA, SOCIAL, input(minor.number())).versionNumber());

        PublicationResult major = this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR,
            "2.0", new Bilingual("New rules", "Nouvelles règles"), Optional.of(this.today.plusDays(30))));
        assertEquals(3, major.version().number());
        assertEquals(3, major.assigned());
        AssignmentView asked = this.acknowledgements.getMyAssignments(ALICE).get(0);
        assertEquals(AssignmentState.PENDING, asked.assignment().state());
        assertEquals(major.version(), asked.version());
        assertEquals(new ComplianceCounts(3, 0, 3, 0, 0),
            this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total());
        assertEquals(List.of(3, 2, 1), this.guidelines.listVersions(ALICE, SOCIAL).stream()
            .map(GuidelineVersion::number).toList());
        assertEquals("New rules", this.guidelines.getVersion(ALICE, SOCIAL, 3).changeSummary().english());
    }

    @Test
    void hrExtendsExemptsAndRecordsOnBehalfAndTheFiguresFollow() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(2));
        this.kernel.clock().advance(Duration.ofDays(5));
        ComplianceCounts overdue = this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total();
        assertEquals(new ComplianceCounts(3, 0, 3, 3, 0), overdue);
        assertEquals(1, this.acknowledgements.countMyOverdue(ALICE));

        this.acknowledgements.extend(HANA, SOCIAL, "alice", this.today.plusDays(20), "Parental leave");
        this.acknowledgements.exempt(HANA, SOCIAL, "omar", "Secondment abroad");
        Acknowledgement onBehalf = this.acknowledgements.recordOnBehalf(HANA, SOCIAL, "hana", Locale.ENGLISH,
            "Signed paper form, filed");

        assertEquals(AcknowledgementMethod.ON_BEHALF, onBehalf.method());
        assertEquals(Optional.of("Signed paper form, filed"), onBehalf.note());
        ComplianceCounts after = this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total();
        assertEquals(new ComplianceCounts(3, 1, 1, 0, 1), after);
        assertEquals(50.0, after.compliancePercent());
        assertEquals(0, this.acknowledgements.countMyOverdue(ALICE));
        assertEquals("gov.policy.error.extensionNotLater", assertThrows(GovException.class,
            () -> this.acknowledgements.extend(HANA, SOCIAL, "alice", this.today.plusDays(1), "Again"))
            .getMessageKey());
        assertEquals("gov.policy.field.reason.required", assertThrows(GovException.class,
            () -> this.acknowledgements.exempt(HANA, SOCIAL, "alice", " ")).getMessageKey());
        assertEquals("gov.policy.error.notRequired", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(Persona.AGENCY_ADMIN_OWN.actor(), SOCIAL, input(1)))
            .getMessageKey());
        assertTallyMatchesAssignments();
    }

    @Test
    void aMajorVersionLeavesThePreviousOnesPendingAssignmentsOutOfEveryReading() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(2));
        this.kernel.clock().advance(Duration.ofDays(5));
        assertEquals(1, this.acknowledgements.countMyOverdue(ALICE));

        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("New rules", "Nouvelles règles"), Optional.of(this.today.plusDays(30))));

        assertEquals(0, this.acknowledgements.countMyOverdue(ALICE), "no banner for the version replaced");
        List<AssignmentView> mine = this.acknowledgements.getMyAssignments(ALICE);
        assertEquals(List.of(2), mine.stream().map(view -> view.assignment().majorVersion()).toList());
        assertEquals(List.of(), this.compliance.getOverdue(HANA, SOCIAL, Optional.empty(), 0, 10));
        assertEquals(new ComplianceCounts(3, 0, 3, 0, 0),
            this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total());
        assertEquals(3, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE major_version = 1 "
            + "AND state = 'PENDING'"), "superseding writes nothing into the replaced version's assignments");
        assertTallyMatchesAssignments();
    }

    @Test
    void retiringWithdrawsWhatIsPendingAndKeepsTheHistoryReadable() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        this.kernel.clock().advance(Duration.ofDays(20));
        this.guidelines.retire(HANA, SOCIAL);

        List<AuditRecord> records = this.kernel.get(AuditLog.class).read(1, 1000);
        AuditRecord retired = records.get(records.size() - 1);
        assertEquals("policy.guideline.retired", retired.type());
        assertTrue(retired.payload().contains("\"withdrawnAssignments\":2"), retired.payload());
        assertEquals(List.of(), this.compliance.getOverdue(HANA, SOCIAL, Optional.empty(), 0, 10));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, csv);
        List<String> rows = List.of(csv.toString(StandardCharsets.UTF_8).strip().split("\r\n"));
        assertEquals(1, rows.stream().filter(row -> row.contains(",alice,HEALTH,,DONE,")).count(), rows::toString);
        assertEquals(2, rows.stream().filter(row -> row.contains(",WITHDRAWN," + this.today.plusDays(14) + ",no,"))
            .count(), rows::toString);

        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(HANA, SOCIAL, input(1))).getMessageKey());
        assertEquals(List.of(), this.acknowledgements.getMyAssignments(HANA));
        assertEquals(1, this.guidelines.listVersions(ALICE, SOCIAL).size());
        assertEquals(1, this.acknowledgements.getMyHistory(ALICE).size());
        assertEquals(new ComplianceCounts(1, 1, 0, 0, 0),
            this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total());
        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.guidelines.saveDraft(HANA, SOCIAL, content())).getMessageKey());
    }

    @Test
    void refusesBadInputAndPublishesNothing() throws Exception
    {
        assertRefused("gov.policy.field.titleEn.required",
            () -> this.guidelines.create(HANA, "EMPTY", Optional.of(GovWorld.OWN), content("", List.of(), 0)));
        assertRefused("gov.policy.field.titleEn.tooLong", () -> this.guidelines.create(HANA, "LONG",
            Optional.of(GovWorld.OWN), content("x".repeat(201), List.of(), 0)));
        Question noRightAnswer = new Question(
            new Bilingual("Q", "Q"), List.of(new Choice(new Bilingual("a", "a"), false),
                new Choice(new Bilingual("b", "b"), false)));
        assertRefused("gov.policy.error.question.noCorrectAnswer", () -> this.guidelines.create(HANA, "QUIZ",
            Optional.of(GovWorld.OWN), content("Quiz", List.of(noRightAnswer), 1)));
        assertRefused("gov.policy.error.passMark", () -> this.guidelines.create(HANA, "QUIZ",
            Optional.of(GovWorld.OWN), content("Quiz", List.of(question()), 2)));
        assertRefused("gov.policy.field.key.invalid",
            () -> this.guidelines.create(HANA, "bad key", Optional.of(GovWorld.OWN), content()));

        this.guidelines.create(HANA, SOCIAL, Optional.of(GovWorld.OWN), content());
        assertRefused("gov.policy.error.duplicate",
            () -> this.guidelines.create(HANA, SOCIAL, Optional.of(GovWorld.OWN), content()));
        assertRefused("gov.core.error.user.unknown", () -> this.guidelines.saveAudience(HANA, SOCIAL,
            new Audience(Set.of(), Set.of(), Set.of(), Set.of("ghost"), Set.of()), 14));
        assertRefused("gov.policy.error.audience.unknownGroup", () -> this.guidelines.saveAudience(HANA, SOCIAL,
            new Audience(Set.of(), Set.of(), Set.of("Nobody"), Set.of(), Set.of()), 14));
        assertRefused("gov.policy.error.audience.outsideAgency", () -> this.guidelines.saveAudience(HANA, SOCIAL,
            agencies(GovWorld.OTHER), 14));
        assertRefused("gov.policy.error.dueDateInPast", () -> this.guidelines.publish(HANA, SOCIAL,
            major(this.kernel, this.today.minusDays(1))));
        assertRefused("gov.policy.error.firstVersionMajor", () -> this.guidelines.publish(HANA, SOCIAL,
            new PublicationRequest(VersionKind.MINOR, "0.1", new Bilingual("a", "b"), Optional.empty())));
        assertRefused("gov.policy.error.audienceEmpty", () -> this.guidelines.publish(HANA, SOCIAL,
            major(this.kernel, this.today)));

        assertEquals(0, this.guidelines.getForManagement(HANA, SOCIAL).currentVersion(), "nothing published");
        this.guidelines.saveAudience(HANA, SOCIAL, new Audience(Set.of(),
            Set.of(GovWorld.OWN + GovWorld.UNIT_SUFFIX), Set.of(), Set.of(), Set.of()), 14);
        assertRefused("gov.policy.error.audienceEmpty", () -> this.guidelines.publish(HANA, SOCIAL,
            major(this.kernel, this.today)));
    }

    @Test
    void anAcknowledgementRefusedSaysWhyWhetherThePersonIsAssignedOrNot() throws Exception
    {
        // On PostgreSQL the assignment and the guideline are read by one statement, which finds nothing for a person
        // outside the audience: the reason must still be the guideline's first, then the missing assignment.
        Actor outsider = Persona.EMPLOYEE_OTHER.actor();
        assertRefused("gov.policy.error.unknownGuideline",
            () -> this.acknowledgements.acknowledge(ALICE, "UNKNOWN", input(1)));
        this.guidelines.create(HANA, SOCIAL, Optional.of(GovWorld.OWN), content());
        assertRefused("gov.policy.error.notPublished", () -> this.acknowledgements.acknowledge(ALICE, SOCIAL,
            input(1)));
        this.guidelines.saveAudience(HANA, SOCIAL, agencies(GovWorld.OWN), 14);
        this.guidelines.publish(HANA, SOCIAL, major(this.kernel, this.today.plusDays(14)));

        for (Actor person : List.of(ALICE, outsider)) {
            assertRefused("gov.policy.error.superseded",
                () -> this.acknowledgements.acknowledge(person, SOCIAL, input(2)));
        }
        assertRefused("gov.policy.error.noAssignment",
            () -> this.acknowledgements.acknowledge(outsider, SOCIAL, input(1)));
        assertRefused("gov.core.error.accessDenied", () -> this.acknowledgements.recordOnBehalf(HANA, SOCIAL,
            Persona.EMPLOYEE_OTHER.userId().orElseThrow(), Locale.ENGLISH, "On paper"));
        assertRefused("gov.policy.error.noAssignment", () -> this.acknowledgements.recordOnBehalf(
            Persona.GOV_ADMIN.actor(), SOCIAL, Persona.EMPLOYEE_OTHER.userId().orElseThrow(), Locale.ENGLISH,
            "On paper"));
        assertEquals(1, this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1)).versionNumber());
        this.guidelines.retire(HANA, SOCIAL);
        for (Actor person : List.of(ALICE, outsider)) {
            assertRefused("gov.policy.error.retired",
                () -> this.acknowledgements.acknowledge(person, SOCIAL, input(1)));
        }
        assertTallyMatchesAssignments();
    }

    @Test
    void twoAcknowledgementsAtOnceLeaveExactlyOneRecord() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Acknowledgement>> calls = List.of(
            pool.submit(() -> {
                start.await();
                return this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
            }),
            pool.submit(() -> {
                start.await();
                return this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
            }));
        start.countDown();
        Acknowledgement first = calls.get(0).get(1, TimeUnit.MINUTES);
        Acknowledgement second = calls.get(1).get(1, TimeUnit.MINUTES);
        pool.shutdown();

        assertEquals(first.id(), second.id());
        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_ack WHERE user_id = 'alice'"));
        assertEquals(1, this.kernel.get(AuditLog.class).countPending());
        assertTallyMatchesAssignments();
    }

    /**
     * Without fresh statistics, PostgreSQL answered "this person's assignment" by walking every pending assignment of
     * the version: 5 ms an acknowledgement at 20,000 people, worse with more (see docs/benchmarks.md).
     */
    @Test
    void aMajorPublicationRefreshesThePlannersStatisticsOfTheAssignments() throws Exception
    {
        assumeTrue(this.databaseKind == DatabaseKind.POSTGRESQL, "H2 keeps no row estimate to read back");
        publishSocial(this.kernel, content(), this.today.plusDays(14));

        assertEquals(3, count("SELECT CAST(reltuples AS BIGINT) FROM pg_class "
            + "WHERE relname = 'gov_policy_assignment'"), "never analysed, the estimate would be -1");
    }

    /**
     * A publication counts its assignments as it writes them (on PostgreSQL, in the same statement): a
     * government-wide guideline, so that no owning agency narrows the audience, and one person in a unit.
     */
    @Test
    void aPublicationCountsItsAssignmentsByAgencyUnitDueDayAndState() throws Exception
    {
        String unit = GovWorld.OWN + GovWorld.UNIT_SUFFIX;
        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership("alice", GovWorld.OWN, Optional.of(unit)));
        this.guidelines.create(Actor.system(), "CONDUCT", Optional.empty(), content());
        this.guidelines.saveAudience(Actor.system(), "CONDUCT",
            agencies(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD), 14);

        PublicationResult publication = this.guidelines.publish(Actor.system(), "CONDUCT",
            major(this.kernel, this.today.plusDays(14)));

        assertEquals(count("SELECT COUNT(*) FROM gov_policy_assignment"), publication.assigned());
        assertEquals(1, count("SELECT SUM(n) FROM gov_policy_tally WHERE unit_key = '" + unit + "'"));
        assertTallyMatchesAssignments();
    }

    @Test
    void exportsStreamTheAssignmentsAsCsvAndXlsx() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFguideline,major_version,user_id,agency,unit,state,due_date,overdue,"));
        assertEquals(4, text.strip().split("\r\n").length, "header and three people");
        assertTrue(text.contains("SOCIAL_MEDIA,1,alice,HEALTH,,DONE,"), text);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.XLSX, xlsx);
        String sheet = XlsxReading.sheetText(xlsx.toByteArray());
        assertTrue(sheet.contains("<t xml:space=\"preserve\">alice</t>"), sheet);
        assertEquals(4, sheet.split("<row>").length - 1);

        // The first version's assignments stay in the table (H2 scans it whole): only the current one's are exported.
        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("Second", "Seconde"), Optional.of(this.today.plusDays(30))));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, second);
        List<String> rows = List.of(second.toString(StandardCharsets.UTF_8).strip().split("\r\n"));
        assertEquals(4, rows.size(), "header and three people");
        assertTrue(rows.subList(1, 4).stream().allMatch(row -> row.startsWith("SOCIAL_MEDIA,2,")), rows::toString);
        assertTrue(rows.contains("SOCIAL_MEDIA,2,alice,HEALTH,,PENDING," + this.today.plusDays(30) + ",no,,,,,"),
            "the first version's acknowledgement does not count for the second: " + rows);

        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(2));
        ByteArrayOutputStream acknowledged = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, acknowledged);
        List<String> after = List.of(acknowledged.toString(StandardCharsets.UTF_8).strip().split("\r\n"));
        assertEquals(1, after.stream().filter(row -> row.startsWith("SOCIAL_MEDIA,2,alice,HEALTH,,DONE,")
            && row.endsWith(",2,SELF_SERVICE,en,")).count(), after::toString);
        assertEquals(2, after.stream().filter(row -> row.contains(",PENDING,")).count(), after::toString);
    }

    @Test
    void aPersonWhoMovesAgencyTakesTheirAssignmentsAndTheRightsOnThemAlong() throws Exception
    {
        Actor raj = Persona.HR_OTHER.actor();
        String code = "CODE";
        this.guidelines.create(Actor.system(), code, Optional.empty(), content("Code of conduct", List.of(), 0));
        this.guidelines.saveAudience(Actor.system(), code, agencies(GovWorld.OWN, GovWorld.OTHER), 14);
        this.guidelines.publish(Actor.system(), code, major(this.kernel, this.today.plusDays(1)));
        this.kernel.clock().advance(Duration.ofDays(3));
        String newUnit = GovWorld.OTHER + GovWorld.UNIT_SUFFIX;

        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership("alice", GovWorld.OTHER, Optional.of(newUnit)));

        for (Executable byTheAgencyLeft : List.<Executable>of(
            () -> this.acknowledgements.extend(HANA, code, "alice", this.today.plusDays(60), "Leave"),
            () -> this.acknowledgements.exempt(HANA, code, "alice", "Secondment"),
            () -> this.acknowledgements.recordOnBehalf(HANA, code, "alice", Locale.ENGLISH, "Paper form"))) {
            assertEquals("gov.core.error.accessDenied",
                assertThrows(GovException.class, byTheAgencyLeft).getMessageKey());
        }
        assertEquals(List.of("alice", "bob", "raj"), this.compliance.getOverdue(raj, code, Optional.empty(), 0, 10)
            .stream().map(entry -> entry.userId()).sorted().toList(), "the agency joined sees alice overdue");
        assertEquals(List.of("hana", "omar"), this.compliance.getOverdue(HANA, code, Optional.empty(), 0, 10)
            .stream().map(entry -> entry.userId()).sorted().toList(), "the agency left does not");
        assertEquals(3L, this.compliance.getReport(raj, code, Optional.of(GovWorld.OTHER)).total().assigned());
        assertTallyMatchesAssignments();
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        this.compliance.export(raj, code, ExportFormat.CSV, export);
        assertTrue(export.toString(StandardCharsets.UTF_8).contains("CODE,1,alice,REVENUE," + newUnit + ",PENDING,"),
            export.toString(StandardCharsets.UTF_8));

        this.acknowledgements.extend(raj, code, "alice", this.today.plusDays(60), "Leave");
        assertEquals(AcknowledgementMethod.ON_BEHALF, this.acknowledgements.recordOnBehalf(raj, code, "alice",
            Locale.ENGLISH, "Paper form").method(), "the agency joined acts on alice");
        assertTallyMatchesAssignments();
    }

    /**
     * Releases before the store's third policy migration kept the home a person had when assigned on their assignment;
     * the migration moves the assignments of people who moved since to their home, and counts the tally again.
     */
    @Test
    void upgradingMovesTheAssignmentsOfPeopleWhoMovedBeforeToTheirHome() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        update("UPDATE gov_membership SET agency_key = 'REVENUE', unit_key = 'REVENUE-OPS' WHERE user_id = 'alice'");
        update("DELETE FROM \"gov_schema_policy\" WHERE \"version\" = '3'");
        this.kernel.close();

        this.kernel = TestKernel.start(this.database, this.folder);

        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE user_id = 'alice' "
            + "AND agency_key = 'REVENUE' AND unit_key = 'REVENUE-OPS'"));
        assertTallyMatchesAssignments();
        assertEquals(3, count("SELECT SUM(n) FROM gov_policy_tally"));
    }

    /**
     * Releases before the store's second policy migration wrote SUPERSEDED into each pending assignment of a replaced
     * major version, and counted them so; the migration brings those rows to what is written now.
     */
    @Test
    void upgradingTurnsAnEarlierReleasesSupersededAssignmentsBackToPending() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.guidelines.publish(HANA, SOCIAL, major(this.kernel, this.today.plusDays(30)));
        update("UPDATE gov_policy_assignment SET state = 'SUPERSEDED', state_reason = 'superseded by a new major "
            + "version' WHERE major_version = 1");
        update("UPDATE gov_policy_tally SET state = 'SUPERSEDED' WHERE major_version = 1");
        update("DELETE FROM \"gov_schema_policy\" WHERE \"version\" IN ('2', '3')");
        this.kernel.close();

        this.kernel = TestKernel.start(this.database, this.folder);

        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE state = 'SUPERSEDED' "
            + "OR state_reason IS NOT NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_tally WHERE state = 'SUPERSEDED'"));
        assertEquals(3, count("SELECT SUM(n) FROM gov_policy_tally WHERE major_version = 1 AND state = 'PENDING'"));
        assertTallyMatchesAssignments();
    }

    /** Each counter equals the assignments it counts: by guideline, version, agency, unit, due day and state. */
    private void assertTallyMatchesAssignments() throws Exception
    {
        String key = "guideline_key, major_version, agency_key, COALESCE(unit_key, ''), due_day, state";
        assertEquals(groups("SELECT " + key + ", COUNT(*) FROM gov_policy_assignment GROUP BY " + key),
            groups("SELECT " + key + ", SUM(n) FROM gov_policy_tally GROUP BY " + key + " HAVING SUM(n) <> 0"));
    }

    /** @return the rows of a query whose last column is a count, by their other columns */
    private Map<String, Long> groups(String sql) throws GovException
    {
        Map<String, Long> groups = new TreeMap<>();
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
                int last = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> group = new ArrayList<>();
                    for (int column = 1; column < last; column++) {
                        group.add(result.getString(column));
                    }
                    groups.put(String.join("|", group), result.getLong(last));
                }
            }
            return null;
        });
        return groups;
    }

    private long count(String sql) throws GovException
    {
        return this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private void update(String sql) throws GovException
    {
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return statement.executeUpdate();
            }
        });
    }

    private static void assertRefused(String messageKey, Executable call)
    {
        GovException refusal = assertThrows(GovException.class, call);
        assertEquals(messageKey, refusal.getMessageKey(), refusal.getMessage());
        assertFalse(refusal.getMessageKey().isEmpty());
    }
}
