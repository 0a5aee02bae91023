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
package org.xwiki.contrib.gov.policy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.policy.script.PolicyManageScriptService;
import org.xwiki.contrib.gov.policy.script.PolicyReportScriptService;
import org.xwiki.contrib.gov.policy.script.PolicyScriptService;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AuthorizationMatrix;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;
import org.xwiki.script.service.ScriptService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.test.AuthorizationMatrix.orThrow;
import static org.xwiki.contrib.gov.test.Persona.AGENCY_ADMIN_OWN;
import static org.xwiki.contrib.gov.test.Persona.ANONYMOUS;
import static org.xwiki.contrib.gov.test.Persona.EMPLOYEE_OWN;
import static org.xwiki.contrib.gov.test.Persona.GOV_ADMIN;
import static org.xwiki.contrib.gov.test.Persona.HR_OTHER;
import static org.xwiki.contrib.gov.test.Persona.HR_OWN;

/**
 * Every policy operation for every persona, through the services and {@code $services.govpolicy}. SOCIAL_MEDIA is
 * HEALTH's guideline, assigned to HEALTH's people; CODE is a government-wide guideline assigned to HEALTH and REVENUE,
 * some of whose HEALTH people then move to REVENUE.
 *
 * @version $Id$
 */
class PolicyAuthorizationMatrixTest
{
    private static final String CODE = "CODE";

    /** What those who may not even read a guideline are told: that there is no such guideline. */
    private static final String UNKNOWN = "gov.policy.error.unknownGuideline";

    private static final Set<String> HIDDEN = Set.of(UNKNOWN);

    private static final Set<Persona> HEALTH_HR = EnumSet.of(HR_OWN, GOV_ADMIN);

    /** People assigned CODE at HEALTH who then moved to REVENUE: rights on them follow them. */
    private static final String MOVED = "moved";

    private static final Set<Persona> REVENUE_HR = EnumSet.of(HR_OTHER, GOV_ADMIN);

    private static final Set<Persona> HEALTH_PEOPLE = EnumSet.of(EMPLOYEE_OWN, HR_OWN, AGENCY_ADMIN_OWN, GOV_ADMIN);

    @TempDir
    Path folder;

    private TestKernel kernel;

    private LocalDate today;

    @BeforeEach
    void createWorld() throws GovException
    {
        this.kernel = TestKernel.start(TestDatabase.create(DatabaseKind.H2, this.folder), this.folder);
        GovWorld.create(this.kernel);
        this.today = LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
        MembershipService memberships = this.kernel.get(MembershipService.class);
        for (Persona persona : Persona.values()) {
            for (String purpose : List.of("behalf", "extend", "exempt", "scriptexempt", "oracle", MOVED + "behalf",
                MOVED + "extend", MOVED + "exempt")) {
                String user = purpose + persona.ordinal();
                this.kernel.directory().addUser(user, user);
                memberships.assign(Actor.system(), new Membership(user, GovWorld.OWN, Optional.empty()));
            }
        }
        PolicyFixtures.publishSocial(this.kernel, content(), this.today.plusDays(30));
        GuidelineService guidelines = this.kernel.get(GuidelineService.class);
        guidelines.create(Actor.system(), CODE, Optional.empty(), content("Code of conduct", List.of(), 0));
        guidelines.saveAudience(Actor.system(), CODE, PolicyFixtures.agencies(GovWorld.OWN, GovWorld.OTHER), 14);
        guidelines.publish(Actor.system(), CODE, PolicyFixtures.major(this.kernel, this.today.plusDays(30)));
        for (Persona persona : Persona.values()) {
            for (String purpose : List.of("behalf", "extend", "exempt")) {
                memberships.assign(Actor.system(), new Membership(MOVED + purpose + persona.ordinal(),
                    GovWorld.OTHER, Optional.empty()));
            }
        }
        for (Persona persona : Persona.values()) {
            guidelines.create(Actor.system(), "RETIRE_" + persona.ordinal(), Optional.of(GovWorld.OWN), content());
        }
    }

    @AfterEach
    void stopKernel()
    {
        this.kernel.close();
    }

    @TestFactory
    Stream<DynamicTest> policyOperations()
    {
        GuidelineService guidelines = this.kernel.get(GuidelineService.class);
        AcknowledgementService acknowledgements = this.kernel.get(AcknowledgementService.class);
        ComplianceService compliance = this.kernel.get(ComplianceService.class);
        PolicyScriptService script = (PolicyScriptService) this.kernel.<ScriptService>get(ScriptService.class,
            "govpolicy");
        PolicyManageScriptService manage = script.get("manage");
        PolicyReportScriptService report = script.get("report");
        Set<Persona> signedIn = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
        return new AuthorizationMatrix(this.kernel)
            .row("create an agency guideline", HEALTH_HR, persona -> guidelines.create(persona.actor(),
                "NEW_" + persona.ordinal(), Optional.of(GovWorld.OWN), content()))
            .row("create a government-wide guideline", Set.of(GOV_ADMIN), persona -> guidelines.create(
                persona.actor(), "GOV_" + persona.ordinal(), Optional.empty(), content()))
            .row("save a draft", HEALTH_HR, HIDDEN,
                persona -> guidelines.saveDraft(persona.actor(), SOCIAL, content()))
            .row("save an audience", HEALTH_HR, HIDDEN, persona -> guidelines.saveAudience(persona.actor(), SOCIAL,
                PolicyFixtures.agencies(GovWorld.OWN), 14))
            .row("publish", HEALTH_HR, HIDDEN, persona -> guidelines.publish(persona.actor(), SOCIAL,
                new PublicationRequest(VersionKind.MINOR, "1." + persona.ordinal(), new Bilingual("Typo", "Coquille"),
                    Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT)))
            .row("retire", HEALTH_HR, HIDDEN,
                persona -> guidelines.retire(persona.actor(), "RETIRE_" + persona.ordinal()))
            .row("see the draft and audience", HEALTH_HR, HIDDEN,
                persona -> guidelines.getAudience(persona.actor(), SOCIAL))
            .row("read an agency guideline", HEALTH_PEOPLE, HIDDEN,
                persona -> guidelines.listVersions(persona.actor(), SOCIAL))
            .row("read a government-wide guideline", signedIn, HIDDEN,
                persona -> guidelines.listVersions(persona.actor(), CODE))
            .row("see what changed in a version", HEALTH_PEOPLE, HIDDEN,
                persona -> guidelines.compareWithPrevious(persona.actor(), SOCIAL, 1, "en"))
            .row("see what publishing the draft changes", HEALTH_HR, HIDDEN,
                persona -> guidelines.compareDraft(persona.actor(), SOCIAL, "fr"))
            .row("acknowledge", EnumSet.of(EMPLOYEE_OWN, HR_OWN, AGENCY_ADMIN_OWN),
                Set.of("gov.policy.error.noAssignment", UNKNOWN), persona -> acknowledgements.acknowledge(
                    persona.actor(), SOCIAL, input(this.kernel.get(GuidelineService.class)
                        .getForManagement(Actor.system(), SOCIAL).currentVersion())))
            .row("list my assignments", signedIn, persona -> acknowledgements.getMyAssignments(persona.actor()))
            .row("record on a person's behalf", HEALTH_HR, persona -> acknowledgements.recordOnBehalf(
                persona.actor(), SOCIAL, "behalf" + persona.ordinal(), Locale.ENGLISH, "Paper form"))
            .row("extend a due date", HEALTH_HR, persona -> acknowledgements.extend(persona.actor(), SOCIAL,
                "extend" + persona.ordinal(), this.today.plusDays(60), "Leave"))
            .row("exempt", HEALTH_HR, persona -> acknowledgements.exempt(persona.actor(), SOCIAL,
                "exempt" + persona.ordinal(), "Secondment"))
            .row("record on behalf of a person who moved", REVENUE_HR, persona -> acknowledgements.recordOnBehalf(
                persona.actor(), CODE, MOVED + "behalf" + persona.ordinal(), Locale.ENGLISH, "Paper form"))
            .row("extend the due date of a person who moved", REVENUE_HR, persona -> acknowledgements.extend(
                persona.actor(), CODE, MOVED + "extend" + persona.ordinal(), this.today.plusDays(60), "Leave"))
            .row("exempt a person who moved", REVENUE_HR, persona -> acknowledgements.exempt(persona.actor(), CODE,
                MOVED + "exempt" + persona.ordinal(), "Secondment"))
            .row("compliance of an agency guideline", HEALTH_HR, HIDDEN,
                persona -> compliance.getReport(persona.actor(), SOCIAL, Optional.empty()))
            .row("compliance of a government-wide guideline", EnumSet.of(HR_OWN, HR_OTHER, GOV_ADMIN), HIDDEN,
                persona -> compliance.getReport(persona.actor(), CODE, Optional.empty()))
            .row("compliance drilled into another agency", Set.of(GOV_ADMIN), HIDDEN,
                persona -> compliance.getReport(persona.actor(), CODE, Optional.of(GovWorld.THIRD)))
            .row("overdue people", HEALTH_HR, HIDDEN,
                persona -> compliance.getOverdue(persona.actor(), SOCIAL, Optional.empty(), 0, 10))
            .row("export", HEALTH_HR, HIDDEN, persona -> compliance.export(persona.actor(), SOCIAL,
                ExportFormat.CSV, new ByteArrayOutputStream()))
            .row("script: manageable guidelines (each sees only their own)", EnumSet.allOf(Persona.class),
                persona -> orThrow(manage.getManageable()))
            .row("script: report", HEALTH_HR, HIDDEN, persona -> orThrow(report.getReport(SOCIAL, "")))
            .row("script: exempt", HEALTH_HR, persona -> orThrow(manage.exempt(SOCIAL,
                "scriptexempt" + persona.ordinal(), "Secondment")))
            .tests();
    }

    /**
     * Whoever may not act on a guideline or a person's assignment gets the same answer for one that exists and for one
     * that does not, so that a refusal tells nothing of what is there.
     */
    @TestFactory
    Stream<DynamicTest> refusalsRevealNothing()
    {
        GuidelineService guidelines = this.kernel.get(GuidelineService.class);
        AcknowledgementService acknowledgements = this.kernel.get(AcknowledgementService.class);
        ComplianceService compliance = this.kernel.get(ComplianceService.class);
        List<OracleProbe> probes = List.of(
            new OracleProbe("read an agency guideline", HEALTH_PEOPLE,
                (persona, key) -> guidelines.listVersions(persona.actor(), key), List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("read a version of an agency guideline", HEALTH_PEOPLE,
                (persona, key) -> guidelines.getVersion(persona.actor(), key, 1), List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("compliance of an agency guideline", HEALTH_PEOPLE,
                (persona, key) -> compliance.getReport(persona.actor(), key, Optional.empty()),
                List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("see what changed in a version", HEALTH_PEOPLE,
                (persona, key) -> guidelines.compareWithPrevious(persona.actor(), key, 1, "en"),
                List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("see what publishing the draft changes", HEALTH_PEOPLE,
                (persona, key) -> guidelines.compareDraft(persona.actor(), key, "en"), List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("see the draft and audience", HEALTH_PEOPLE,
                (persona, key) -> guidelines.getAudience(persona.actor(), key), List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("save a draft", HEALTH_PEOPLE,
                (persona, key) -> guidelines.saveDraft(persona.actor(), key, content()), List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("acknowledge", HEALTH_PEOPLE, (persona, key) -> acknowledgements.acknowledge(
                persona.actor(), key, input(1)), List.of(SOCIAL, "NO_SUCH")),
            new OracleProbe("extend a due date", HEALTH_HR, (persona, user) -> acknowledgements.extend(
                persona.actor(), SOCIAL, user, this.today.plusDays(60), "Leave"),
                List.of("oracle" + 0, "nobody-at-all")),
            new OracleProbe("extend the due date of a guideline that does not exist", HEALTH_HR,
                (persona, key) -> acknowledgements.extend(persona.actor(), key, "oracle" + 0, this.today.plusDays(60),
                    "Leave"), List.of(SOCIAL, "NO_SUCH")));
        return probes.stream().flatMap(probe -> EnumSet.complementOf(EnumSet.copyOf(probe.allowed())).stream()
            .map(persona -> DynamicTest.dynamicTest(probe.name() + " as " + persona, () -> {
                List<String> answers = new ArrayList<>();
                for (String target : probe.targets()) {
                    answers.add(refusal(() -> probe.attempt().run(persona, target)));
                }
                assertEquals(1, new HashSet<>(answers).size(), "the same refusal for each target: " + answers);
                assertFalse(answers.get(0).isEmpty(), "refused");
            })));
    }

    private static String refusal(Executable attempt)
    {
        try {
            attempt.execute();
            return "";
        } catch (GovException e) {
            // The key only: a message may name the target the caller gave.
            return e.getMessageKey();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    /** An operation tried on targets that exist and do not, for those who may not do it. */
    private record OracleProbe(String name, Set<Persona> allowed, Attempt attempt, List<String> targets)
    {
    }

    /** One try of an operation by a persona on a target. */
    @FunctionalInterface
    private interface Attempt
    {
        void run(Persona persona, String target) throws GovException;
    }
}
