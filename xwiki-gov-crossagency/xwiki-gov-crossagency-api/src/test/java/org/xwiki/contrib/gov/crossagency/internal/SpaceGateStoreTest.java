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
package org.xwiki.contrib.gov.crossagency.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.crossagency.GatingGuideline;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.MySpace;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.StandInGuidelineGate;
import org.xwiki.contrib.gov.guideline.GuidelineGate;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acknowledge-before-join gate on H2 and PostgreSQL, with a stand-in for the policy module: no gate without that
 * module, only published guidelines, and a member awaiting acknowledgement until they pass every listed guideline.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceGateStoreTest extends AbstractSpaceStoreTest
{
    @Test
    void aMemberAwaitsAcknowledgementUntilTheyPassEveryListedGuideline() throws Exception
    {
        assertRefused("gov.crossagency.error.noGuidelineModule",
            () -> this.spaces.propose(ALICE, gated("GATED", "ETHICS")));
        StandInGuidelineGate gate = new StandInGuidelineGate("ETHICS", new Bilingual("Ethics", "\u00c9thique"));
        this.kernel.register(GuidelineGate.class, "default", gate);
        assertRefused("gov.crossagency.error.unknownGuideline",
            () -> this.spaces.propose(ALICE, gated("GATED", "NO_SUCH")));
        this.spaces.propose(ALICE, gated("GATED", "ETHICS"));
        this.spaces.approve(Actor.system(), "GATED", GovWorld.OWN);
        this.spaces.approve(Actor.system(), "GATED", GovWorld.OTHER);
        assertEquals(List.of("ETHICS"), this.spaces.get(HANA, "GATED").charter().guidelines());
        assertEquals(Set.of("ETHICS crossagency:GATED alice", "ETHICS crossagency:GATED bob"), gate.required(),
            "the stewards are asked to acknowledge when the space opens");

        this.members.join(HANA, "GATED");
        assertTrue(gate.required().contains("ETHICS crossagency:GATED hana"), "and each member who joins");
        assertTrue(mine("GATED").awaitingAcknowledgement());
        CollaborationSpaces content = this.kernel.get(CollaborationSpaces.class);
        assertEquals(ContentAccess.NONE, content.getAccess("hana", "GATED"), "the charter, not the content");
        assertEquals(List.of(new GatingGuideline("ETHICS", Optional.of(new Bilingual("Ethics", "\u00c9thique")),
            false)), this.members.getGatingGuidelines(HANA, "GATED"));

        gate.acknowledge(List.of("hana"));
        assertFalse(mine("GATED").awaitingAcknowledgement(), "acknowledging opens the space at once");
        assertEquals(ContentAccess.EDIT, content.getAccess("hana", "GATED"));
        assertTrue(this.members.getGatingGuidelines(HANA, "GATED").get(0).passed());

        this.members.leave(HANA, "GATED");
        assertFalse(gate.required().contains("ETHICS crossagency:GATED hana"), "no longer asked once they left");

        this.kernel.directory().addUser("pat", "Pat Partner");
        assertRefused("gov.crossagency.error.gatedPartner", () -> this.members.sponsorGuest(ALICE, "GATED", "pat",
            LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC).plusDays(30), GuestAccess.READ));
        assertFalse(gate.required().toString().contains("pat"), "a partner could never pass the gate: not let in");
    }

    private MySpace mine(String key) throws Exception
    {
        return this.kernel.get(SpaceDirectory.class).mine(HANA).spaces().stream()
            .filter(space -> space.space().key().equals(key)).findFirst().orElseThrow();
    }

    private static SpaceCharter gated(String key, String guideline)
    {
        SpaceCharter charter = charter(key, MembershipPolicy.OPEN, UNCLASSIFIED);
        return new SpaceCharter(charter.key(), charter.name(), charter.purpose(), charter.leadAgency(),
            charter.agencies(), charter.stewards(), charter.label(), charter.policy(), charter.reviewIntervalDays(),
            charter.endDate(), List.of(guideline));
    }
}
