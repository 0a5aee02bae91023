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

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
import org.xwiki.contrib.gov.policy.AssignmentState;
import org.xwiki.contrib.gov.policy.AssignmentView;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.PublicationResult;
import org.xwiki.contrib.gov.policy.Question;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.store.ContentCodec;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Publishing guidelines on H2 and PostgreSQL: assignments of the audience, minor and major versions, refusals, the
 * planner's statistics and the counters.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class PublicationStoreTest extends AbstractPolicyStoreTest
{
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
    void aMinorVersionCarriesAcknowledgementsAndAMajorOneAsksAgain() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        this.guidelines.saveDraft(HANA, SOCIAL, content("Social media policy, typo fixed", List.of(), 0));
        GuidelineVersion minor = this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MINOR,
            "1.1", new Bilingual("Typo", "Coquille"), Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT)).version();

        AssignmentView carried = this.acknowledgements.getMyAssignments(ALICE).get(0);
        assertEquals(AssignmentState.DONE, carried.assignment().state());
        assertEquals(minor, carried.version(), "a reader is shown the current version, the minor one");
        assertEquals("gov.policy.error.superseded", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(HANA, SOCIAL, input(1))).getMessageKey());
        assertEquals(2, this.acknowledgements.acknowledge(HANA, SOCIAL, input(minor.number())).versionNumber());

        PublicationResult major = this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR,
            "2.0", new Bilingual("New rules", "Nouvelles règles"), Optional.of(this.today.plusDays(30)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));
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
    void theRightAnswersAreForThoseWhoWriteTheQuizNotThoseWhoTakeIt() throws Exception
    {
        publishSocial(this.kernel, content("Social media", List.of(question()), 1), this.today.plusDays(14));

        assertEquals(List.of(false, true), answers(this.guidelines.getVersion(HANA, SOCIAL, 1)), "HR");
        assertEquals(List.of(false, false), answers(this.guidelines.getVersion(ALICE, SOCIAL, 1)), "the reader");
        assertEquals(List.of(false, false), answers(this.guidelines.listVersions(ALICE, SOCIAL).get(0)));
        assertEquals(List.of(false, false),
            answers(this.acknowledgements.getMyAssignments(ALICE).get(0).version()), "the person asked");
        assertEquals(1, this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1, 1)).versionNumber(),
            "the quiz is still scored against the right answers");
    }

    private static List<Boolean> answers(GuidelineVersion version)
    {
        return version.content().questions().get(0).choices().stream().map(Choice::correct).toList();
    }

    @Test
    void aMajorVersionLeavesThePreviousOnesPendingAssignmentsOutOfEveryReading() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(2));
        this.kernel.clock().advance(Duration.ofDays(5));
        assertEquals(1, this.acknowledgements.countMyOverdue(ALICE));

        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("New rules", "Nouvelles règles"), Optional.of(this.today.plusDays(30)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));

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

    /**
     * Each major version records an id that all of its assignments exceed, those of people who join later included,
     * and that the assignments of the versions before it do not: an export on H2 starts there.
     */
    @Test
    void eachMajorVersionsAssignmentsLieAfterTheIdItRecorded() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        join("firsthire");
        long lastOfFirst = count("SELECT MAX(assignment_id) FROM gov_policy_assignment WHERE major_version = 1");
        this.guidelines.publish(HANA, SOCIAL, major(this.kernel, this.today.plusDays(30)));
        join("secondhire");

        assertEquals(2, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE user_id = 'firsthire' AND "
            + "major_version = 1 OR user_id = 'secondhire' AND major_version = 2"), "joiners between publications");
        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_version WHERE kind = 'MAJOR' "
            + "AND assignments_after IS NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_assignment a JOIN gov_policy_version v "
            + "ON v.guideline_key = a.guideline_key AND v.version_number = a.major_version "
            + "WHERE a.assignment_id <= v.assignments_after"));
        assertTrue(count("SELECT assignments_after FROM gov_policy_version WHERE version_number = 2") >= lastOfFirst,
            "the second version starts after the first one's rows");
    }

    /**
     * Releases before the store's fifth policy migration recorded no such id: the migration records one less than the
     * smallest assignment id of each major version published before.
     */
    @Test
    void upgradingRecordsWhereTheEarlierVersionsAssignmentsStart() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.guidelines.publish(HANA, SOCIAL, major(this.kernel, this.today.plusDays(30)));
        long firstOfSecond = count("SELECT MIN(assignment_id) FROM gov_policy_assignment WHERE major_version = 2");
        forgetMigrationsFrom(5);
        this.kernel.close();

        this.kernel = TestKernel.start(this.database, this.folder);

        assertEquals(firstOfSecond - 1, count("SELECT assignments_after FROM gov_policy_version "
            + "WHERE version_number = 2"));
        assertEquals(count("SELECT MIN(assignment_id) FROM gov_policy_assignment WHERE major_version = 1") - 1,
            count("SELECT assignments_after FROM gov_policy_version WHERE version_number = 1"));
    }

    private void join(String userId) throws Exception
    {
        this.kernel.directory().addUser(userId, userId);
        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership(userId, GovWorld.OWN, Optional.empty()));
        this.kernel.<GovTask>get(GovTask.class, "policy-audiences").run();
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
            new PublicationRequest(VersionKind.MINOR, "0.1", new Bilingual("a", "b"), Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT)));
        assertRefused("gov.policy.error.audienceEmpty", () -> this.guidelines.publish(HANA, SOCIAL,
            major(this.kernel, this.today)));

        assertEquals(0, this.guidelines.getForManagement(HANA, SOCIAL).currentVersion(), "nothing published");
        this.guidelines.saveAudience(HANA, SOCIAL, new Audience(Set.of(),
            Set.of(GovWorld.OWN + GovWorld.UNIT_SUFFIX), Set.of(), Set.of(), Set.of()), 14);
        assertRefused("gov.policy.error.audienceEmpty", () -> this.guidelines.publish(HANA, SOCIAL,
            major(this.kernel, this.today)));
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
}
