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
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.guideline.GuidelineGate;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * The guideline gate other modules ask, on H2 and PostgreSQL: passed once the current major version is acknowledged,
 * still passed until the due date of a new major version by who acknowledged the previous one, never by someone the
 * guideline is not assigned to; the people another module requires to acknowledge it assigned whatever their
 * agency, for as long as it requires it.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class GuidelineGateStoreTest extends AbstractPolicyStoreTest
{
    @Test
    void aPersonPassesOnceTheyAcknowledgeAndUntilTheDueDateOfTheNextMajorVersion() throws Exception
    {
        GuidelineGate gate = this.kernel.get(GuidelineGate.class);
        assertEquals(Optional.empty(), gate.getTitle(SOCIAL), "not published yet");
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        assertTrue(gate.getTitle(SOCIAL).isPresent());
        assertEquals(Optional.empty(), gate.getTitle("NO_SUCH_GUIDELINE"));

        assertFalse(gate.passes("alice", SOCIAL, this.today), "assigned, not acknowledged");
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        assertTrue(gate.passes("alice", SOCIAL, this.today));
        assertFalse(gate.passes("bob", SOCIAL, this.today), "not assigned to REVENUE's bob");

        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("Second version", "Deuxi\u00e8me version"), Optional.of(this.today.plusDays(10)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));
        assertTrue(gate.passes("alice", SOCIAL, this.today.plusDays(10)), "until the new version's due date");
        assertFalse(gate.passes("alice", SOCIAL, this.today.plusDays(11)), "gated after it");
        assertFalse(gate.passes("hana", SOCIAL, this.today), "never acknowledged: no grace");
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(2));
        assertTrue(gate.passes("alice", SOCIAL, this.today.plusDays(11)));
    }

    @Test
    void aPersonAnotherModuleRequiresIsAssignedWhateverTheirAgencyUntilReleased() throws Exception
    {
        GuidelineGate gate = this.kernel.get(GuidelineGate.class);
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        Actor bob = Persona.EMPLOYEE_OTHER.actor();
        assertFalse(gate.passes("bob", SOCIAL, this.today), "HEALTH's guideline is not assigned to REVENUE's bob");

        gate.require(SOCIAL, "crossagency:JOINT", List.of("bob", "alice"));
        gate.require(SOCIAL, "crossagency:JOINT", List.of("bob"));
        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE user_id = 'bob' "
            + "AND state = 'PENDING' AND agency_key = '" + GovWorld.OTHER + "'"), "assigned once, under his agency");
        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE user_id = 'alice'"),
            "alice was in the audience already");
        assertTallyMatchesAssignments();
        this.kernel.<GovTask>get(GovTask.class, "policy-audiences").run();
        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE user_id = 'bob' "
            + "AND state = 'PENDING'"),
            "the audience's reconciliation keeps him while the requirement holds");
        this.acknowledgements.acknowledge(bob, SOCIAL, input(1));
        assertTrue(gate.passes("bob", SOCIAL, this.today));

        gate.require(SOCIAL, "crossagency:OTHER_SPACE", List.of("raj"));
        gate.release(SOCIAL, "crossagency:OTHER_SPACE", List.of("raj"));
        this.kernel.<GovTask>get(GovTask.class, "policy-audiences").run();
        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_assignment WHERE user_id = 'raj' "
            + "AND state = 'WITHDRAWN'"),
            "released and out of the audience: withdrawn");
        assertTallyMatchesAssignments();
    }
}
