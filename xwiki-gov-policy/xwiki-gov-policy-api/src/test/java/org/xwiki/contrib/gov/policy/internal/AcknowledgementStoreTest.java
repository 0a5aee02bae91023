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

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.agencies;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.major;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.question;

/**
 * Acknowledging on H2 and PostgreSQL: refusals that record nothing and say why, and two acknowledgements at once.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AcknowledgementStoreTest extends AbstractPolicyStoreTest
{
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
    void anAcknowledgementRefusedSaysWhyToThoseWhoMayReadTheGuideline() throws Exception
    {
        // On PostgreSQL the assignment and the guideline are read by one statement, which finds nothing for a person
        // outside the audience: the reason must still be the guideline's first.
        Actor outsider = Persona.EMPLOYEE_OTHER.actor();
        assertRefused("gov.policy.error.unknownGuideline",
            () -> this.acknowledgements.acknowledge(ALICE, "UNKNOWN", input(1)));
        this.guidelines.create(HANA, SOCIAL, Optional.of(GovWorld.OWN), content());
        assertRefused("gov.policy.error.notPublished", () -> this.acknowledgements.acknowledge(ALICE, SOCIAL,
            input(1)));
        this.guidelines.saveAudience(HANA, SOCIAL, agencies(GovWorld.OWN), 14);
        this.guidelines.publish(HANA, SOCIAL, major(this.kernel, this.today.plusDays(14)));

        assertRefused("gov.policy.error.superseded", () -> this.acknowledgements.acknowledge(ALICE, SOCIAL, input(2)));
        // Whoever may not read the guideline is told it does not exist, whatever else is wrong.
        for (int version : List.of(1, 2)) {
            assertRefused("gov.policy.error.unknownGuideline",
                () -> this.acknowledgements.acknowledge(outsider, SOCIAL, input(version)));
        }
        assertRefused("gov.core.error.accessDenied", () -> this.acknowledgements.recordOnBehalf(HANA, SOCIAL,
            Persona.EMPLOYEE_OTHER.userId().orElseThrow(), Locale.ENGLISH, "On paper"));
        assertRefused("gov.policy.error.noAssignment", () -> this.acknowledgements.recordOnBehalf(
            Persona.GOV_ADMIN.actor(), SOCIAL, Persona.EMPLOYEE_OTHER.userId().orElseThrow(), Locale.ENGLISH,
            "On paper"));
        assertEquals(1, this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1)).versionNumber());
        this.guidelines.retire(HANA, SOCIAL);
        assertRefused("gov.policy.error.retired", () -> this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1)));
        assertRefused("gov.policy.error.unknownGuideline",
            () -> this.acknowledgements.acknowledge(outsider, SOCIAL, input(1)));
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
}
