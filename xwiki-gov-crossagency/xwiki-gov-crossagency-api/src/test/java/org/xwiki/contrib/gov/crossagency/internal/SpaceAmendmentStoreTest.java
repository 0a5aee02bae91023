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

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.AddedAgency;
import org.xwiki.contrib.gov.crossagency.AmendmentStatus;
import org.xwiki.contrib.gov.crossagency.CharterAmendment;
import org.xwiki.contrib.gov.crossagency.CharterAmendmentService;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.SpaceSummary;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.JdbcValues;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Charter amendments on H2 and PostgreSQL: an agency added and the label raised take effect only once every agency
 * concerned approves; one declining ends the change; people below the new label are suspended when it takes effect.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceAmendmentStoreTest extends AbstractSpaceStoreTest
{
    private static final String PROTECTED_A = "PROTECTED_A";

    @Test
    void anAddedAgencyAndARaisedLabelWaitForEveryAgencyConcerned() throws Exception
    {
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        for (String steward : List.of("alice", "bob", "ada")) {
            clearances.set(Actor.system(), steward, PROTECTED_A);
        }
        CharterAmendmentService amendments = this.kernel.get(CharterAmendmentService.class);
        active("AMENDED", MembershipPolicy.OPEN);
        this.members.join(HANA, "AMENDED");
        List<AddedAgency> digital = List.of(new AddedAgency(GovWorld.THIRD, "ada"));

        assertThrows(AccessDeniedException.class,
            () -> amendments.propose(HANA, "AMENDED", digital, Optional.empty()), "stewards only");
        assertRefused("gov.crossagency.error.amendmentEmpty",
            () -> amendments.propose(ALICE, "AMENDED", List.of(), Optional.empty()));
        assertRefused("gov.crossagency.error.labelNotRaised",
            () -> amendments.propose(ALICE, "AMENDED", List.of(), Optional.of(UNCLASSIFIED)));
        assertRefused("gov.crossagency.error.agencyAlreadyInCharter", () -> amendments.propose(ALICE, "AMENDED",
            List.of(new AddedAgency(GovWorld.OTHER, "bob")), Optional.empty()));
        assertRefused("gov.crossagency.error.stewardOutside", () -> amendments.propose(ALICE, "AMENDED",
            List.of(new AddedAgency(GovWorld.THIRD, "alice")), Optional.empty()));

        CharterAmendment proposed = amendments.propose(ALICE, "AMENDED", digital, Optional.of(PROTECTED_A));
        assertEquals(List.of(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD),
            proposed.approvals().stream().map(approval -> approval.agencyKey()).toList(),
            "the label rises: every agency is asked, and the one added");
        assertRefused("gov.crossagency.error.amendmentPending",
            () -> amendments.propose(BOB, "AMENDED", List.of(), Optional.of("PROTECTED_B")));
        assertEquals("AMENDED", this.spaces.get(ADA, "AMENDED").key(), "DIGITAL's administrator reads it to decide");
        assertEquals(List.of("AMENDED"), waitingFor(ADA), "and finds it among what waits for them");

        amendments.decide(OMAR, "AMENDED", GovWorld.OWN, true, "");
        amendments.decide(GOV, "AMENDED", GovWorld.OTHER, true, "");
        assertRefused("gov.crossagency.error.alreadyDecided",
            () -> amendments.decide(OMAR, "AMENDED", GovWorld.OWN, true, ""));
        assertEquals(UNCLASSIFIED, this.spaces.get(ALICE, "AMENDED").charter().label(), "not until DIGITAL decides");
        assertEquals(AmendmentStatus.APPLIED, amendments.decide(ADA, "AMENDED", GovWorld.THIRD, true, "").status());
        assertEquals(List.of(), waitingFor(ADA));
        assertEquals(List.of("alice", "bob"), mailed("amendmentApplied"), "the proposer and the stewards are told");

        Space amended = this.spaces.get(ALICE, "AMENDED");
        assertEquals(PROTECTED_A, amended.charter().label());
        assertEquals(List.of(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD), amended.charter().agencies());
        assertEquals(List.of("ada", "alice", "bob"), amended.charter().stewards());
        assertEquals(List.of("ada", "alice", "bob"), userIds(this.members.getMembers(GOV, "AMENDED")),
            "hana is below the new label: suspended");

        amendments.propose(BOB, "AMENDED", List.of(), Optional.of("PROTECTED_B"));
        assertThrows(AccessDeniedException.class,
            () -> amendments.decide(ADA, "AMENDED", GovWorld.OWN, false, "No."), "DIGITAL decides for DIGITAL");
        assertRefused("gov.crossagency.field.reason.required",
            () -> amendments.decide(OMAR, "AMENDED", GovWorld.OWN, false, ""));
        assertEquals(AmendmentStatus.DECLINED,
            amendments.decide(OMAR, "AMENDED", GovWorld.OWN, false, "Not needed.").status());
        assertEquals(Optional.empty(), amendments.getPending(ALICE, "AMENDED"));
        assertEquals(List.of("ada", "alice", "bob"), mailed("amendmentDeclined"), "with the reason");
        assertEquals(PROTECTED_A, this.spaces.get(ALICE, "AMENDED").charter().label(), "declined: unchanged");
    }

    private List<String> waitingFor(Actor administrator) throws Exception
    {
        return this.kernel.get(SpaceDirectory.class).mine(administrator).awaitingDecision().stream()
            .map(SpaceSummary::key).toList();
    }

    private List<String> mailed(String mail) throws Exception
    {
        return this.kernel.get(GovStore.class).inTransaction(connection -> JdbcValues.queryList(connection,
            "SELECT recipient FROM gov_crossagency_notice WHERE mail_key = ? ORDER BY recipient",
            row -> row.getString(1), "gov.crossagency.mail." + mail));
    }
}
