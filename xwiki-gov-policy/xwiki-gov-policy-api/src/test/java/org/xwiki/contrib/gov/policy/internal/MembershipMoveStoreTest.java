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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.policy.AcknowledgementMethod;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.agencies;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.major;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * People who move agency, on H2 and PostgreSQL: their assignments and the rights on them follow, also for moves made
 * before the upgrade.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class MembershipMoveStoreTest extends AbstractPolicyStoreTest
{
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
        forgetMigrationsFrom(3);
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
        forgetMigrationsFrom(2);
        this.kernel.close();

        this.kernel = TestKernel.start(this.database, this.folder);

        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE state = 'SUPERSEDED' "
            + "OR state_reason IS NOT NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_tally WHERE state = 'SUPERSEDED'"));
        assertEquals(3, count("SELECT SUM(n) FROM gov_policy_tally WHERE major_version = 1 AND state = 'PENDING'"));
        assertTallyMatchesAssignments();
    }
}
