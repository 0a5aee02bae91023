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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.crossagency.ApprovalState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Cross-agency spaces on H2 and PostgreSQL: a proposal opens when every participating agency approves, one decline
 * ends it, stewards archive and a government administrator reopens, each step audited; two administrators deciding at
 * once; who sees a space.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceStoreTest extends AbstractKernelTest
{
    private static final Actor ALICE = Persona.EMPLOYEE_OWN.actor();

    private static final Actor BOB = Persona.EMPLOYEE_OTHER.actor();

    private static final Actor OMAR = Persona.AGENCY_ADMIN_OWN.actor();

    private static final Actor ADA = Persona.AGENCY_ADMIN_OTHER.actor();

    private static final Actor RAJ = Persona.HR_OTHER.actor();

    private static final Actor GOV = Persona.GOV_ADMIN.actor();

    private SpaceService spaces;

    @BeforeEach
    void createWorld() throws GovException
    {
        GovWorld.create(this.kernel);
        // An administrator of the second agency, beside its HR officer.
        this.kernel.get(RoleService.class).grant(Actor.system(), "raj", GovRole.AGENCY_ADMIN,
            Optional.of(GovWorld.OTHER));
        this.spaces = this.kernel.get(SpaceService.class);
    }

    @Test
    void aProposalOpensWhenEveryAgencyApprovesAndEachStepIsAudited() throws Exception
    {
        Space proposed = this.spaces.propose(ALICE, charter("TASK_FORCE", MembershipPolicy.OPEN));
        assertEquals(SpaceStatus.PROPOSED, proposed.status());
        assertEquals(List.of("alice", "bob"), proposed.charter().stewards());
        assertEquals("alice", proposed.proposedBy());

        Space half = this.spaces.approve(OMAR, "TASK_FORCE", GovWorld.OWN);
        assertEquals(SpaceStatus.PROPOSED, half.status());
        assertEquals(ApprovalState.APPROVED, half.approvals().get(0).state());
        assertEquals(Optional.of("omar"), half.approvals().get(0).decidedBy());
        assertRefused("gov.crossagency.error.alreadyDecided", () -> this.spaces.approve(OMAR, "TASK_FORCE",
            GovWorld.OWN));

        Space active = this.spaces.approve(RAJ, "TASK_FORCE", GovWorld.OTHER);
        assertEquals(SpaceStatus.ACTIVE, active.status());
        assertEquals(List.of("crossagency.space.proposed", "crossagency.space.approved", "crossagency.space.approved",
            "crossagency.space.activated"), lastEventTypes(4));
        assertRefused("gov.crossagency.error.notProposed", () -> this.spaces.approve(GOV, "TASK_FORCE",
            GovWorld.OTHER));
    }

    @Test
    void oneDeclineEndsTheProposalWithItsReason() throws Exception
    {
        this.spaces.propose(ALICE, charter("JOINT", MembershipPolicy.REQUEST));

        Space declined = this.spaces.decline(RAJ, "JOINT", GovWorld.OTHER, "Not our mandate.");

        assertEquals(SpaceStatus.DECLINED, declined.status());
        assertEquals(Optional.of("Not our mandate."), declined.approvals().get(1).reason());
        assertRefused("gov.crossagency.error.notProposed", () -> this.spaces.approve(OMAR, "JOINT", GovWorld.OWN));
        assertRefused("gov.crossagency.field.reason.required", () -> this.spaces.decline(OMAR, "JOINT",
            GovWorld.OWN, " "));
    }

    @Test
    void onlyTheAgencysAdministratorsDecideAndOnlyForItsSpaces() throws Exception
    {
        this.spaces.propose(ALICE, charter("TASK_FORCE", MembershipPolicy.OPEN));

        assertThrows(AccessDeniedException.class, () -> this.spaces.approve(ADA, "TASK_FORCE", GovWorld.OWN));
        assertThrows(AccessDeniedException.class, () -> this.spaces.approve(ALICE, "TASK_FORCE", GovWorld.OWN));
        assertRefused("gov.crossagency.error.notParticipating", () -> this.spaces.approve(ADA, "TASK_FORCE",
            GovWorld.THIRD));
        assertThrows(NotFoundException.class, () -> this.spaces.approve(OMAR, "NO_SUCH_SPACE", GovWorld.OWN));
    }

    @Test
    void stewardsArchiveAndAGovernmentAdministratorReopens() throws Exception
    {
        activeSpace("TASK_FORCE", MembershipPolicy.OPEN);

        assertThrows(AccessDeniedException.class, () -> this.spaces.archive(Persona.HR_OWN.actor(), "TASK_FORCE"),
            "an employee of HEALTH sees the open space, but is no steward");
        assertEquals(SpaceStatus.ARCHIVED, this.spaces.archive(BOB, "TASK_FORCE").status());
        assertRefused("gov.crossagency.error.notActive", () -> this.spaces.archive(BOB, "TASK_FORCE"));
        assertThrows(AccessDeniedException.class, () -> this.spaces.reopen(BOB, "TASK_FORCE"));
        assertEquals(SpaceStatus.ACTIVE, this.spaces.reopen(GOV, "TASK_FORCE").status());
        assertRefused("gov.crossagency.error.notArchived", () -> this.spaces.reopen(GOV, "TASK_FORCE"));
    }

    @Test
    void anInvitationSpaceIsInvisibleToWhoIsNotInIt() throws Exception
    {
        activeSpace("CLOSED", MembershipPolicy.INVITE);
        activeSpace("OPENED", MembershipPolicy.OPEN);

        Actor hana = Persona.HR_OWN.actor();
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> this.spaces.get(hana, "CLOSED"));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> this.spaces.get(hana, "NOTHING"));
        assertEquals(missing.getMessageKey(), hidden.getMessageKey(), "the same answer as a space that does not exist");
        assertEquals("OPENED", this.spaces.get(hana, "OPENED").key());
        assertEquals("CLOSED", this.spaces.get(BOB, "CLOSED").key());
        assertEquals("CLOSED", this.spaces.get(GOV, "CLOSED").key());
        assertThrows(NotFoundException.class, () -> this.spaces.get(Actor.anonymous(Locale.ENGLISH),
            "OPENED"));
    }

    @Test
    void twoAdministratorsDecidingAtOnceActivateTheSpaceOnce() throws Exception
    {
        this.spaces.propose(ALICE, charter("RACE", MembershipPolicy.OPEN));
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<Space>> decisions = executor.invokeAll(List.<Callable<Space>>of(
                () -> this.spaces.approve(OMAR, "RACE", GovWorld.OWN),
                () -> this.spaces.approve(RAJ, "RACE", GovWorld.OTHER)));
            for (Future<Space> decision : decisions) {
                decision.get();
            }
        } finally {
            executor.shutdown();
        }

        assertEquals(SpaceStatus.ACTIVE, this.spaces.get(GOV, "RACE").status());
        assertEquals(1, lastEventTypes(4).stream().filter("crossagency.space.activated"::equals).count());
    }

    @Test
    void aCharterThatDoesNotHoldIsRefusedAndNothingIsWritten() throws Exception
    {
        SpaceCharter good = charter("GOOD", MembershipPolicy.OPEN);
        assertRefused("gov.crossagency.error.tooFewAgencies", () -> this.spaces.propose(ALICE, new SpaceCharter(
            "ONE", good.name(), good.purpose(), GovWorld.OWN, List.of(GovWorld.OWN), List.of("alice"), "UNCLASSIFIED",
            MembershipPolicy.OPEN, 90, Optional.empty())));
        assertRefused("gov.crossagency.error.noSteward", () -> this.spaces.propose(ALICE, new SpaceCharter("NOBOB",
            good.name(), good.purpose(), GovWorld.OWN, good.agencies(), List.of("alice"), "UNCLASSIFIED",
            MembershipPolicy.OPEN, 90, Optional.empty())));
        assertRefused("gov.crossagency.error.stewardOutside", () -> this.spaces.propose(ALICE, new SpaceCharter(
            "ADA", good.name(), good.purpose(), GovWorld.OWN, good.agencies(), List.of("alice", "bob", "ada"),
            "UNCLASSIFIED", MembershipPolicy.OPEN, 90, Optional.empty())));
        assertRefused("gov.crossagency.error.unknownLabel", () -> this.spaces.propose(ALICE, new SpaceCharter("LBL",
            good.name(), good.purpose(), GovWorld.OWN, good.agencies(), good.stewards(), "TOP_SECRET",
            MembershipPolicy.OPEN, 90, Optional.empty())));
        assertRefused("gov.crossagency.error.endDateInPast", () -> this.spaces.propose(ALICE, new SpaceCharter(
            "PAST", good.name(), good.purpose(), GovWorld.OWN, good.agencies(), good.stewards(), "UNCLASSIFIED",
            MembershipPolicy.OPEN, 90, Optional.of(LocalDate.of(2000, 1, 1)))));
        assertRefused("gov.crossagency.field.nameEn.required", () -> this.spaces.propose(ALICE, new SpaceCharter(
            "NONAME", new Bilingual(" ", "Nom"), good.purpose(), GovWorld.OWN, good.agencies(), good.stewards(),
            "UNCLASSIFIED", MembershipPolicy.OPEN, 90, Optional.empty())));
        assertThrows(AccessDeniedException.class, () -> this.spaces.propose(Actor.anonymous(Locale.ENGLISH),
            good));
        this.spaces.propose(ALICE, good);
        assertRefused("gov.crossagency.error.duplicate", () -> this.spaces.propose(BOB, good));
        assertEquals(1, this.kernel.get(AuditLog.class).read(1, 1000).stream()
            .filter(record -> record.type().equals("crossagency.space.proposed")).count());
    }

    private void activeSpace(String key, MembershipPolicy policy) throws GovException
    {
        this.spaces.propose(ALICE, charter(key, policy));
        this.spaces.approve(OMAR, key, GovWorld.OWN);
        this.spaces.approve(RAJ, key, GovWorld.OTHER);
    }

    private static SpaceCharter charter(String key, MembershipPolicy policy)
    {
        return new SpaceCharter(key, new Bilingual("Task force " + key, "Groupe de travail " + key),
            new Bilingual("Work together.", "Travailler ensemble."), GovWorld.OWN,
            List.of(GovWorld.OWN, GovWorld.OTHER), List.of("alice", "bob"), "UNCLASSIFIED", policy, 90,
            Optional.empty());
    }

    private List<String> lastEventTypes(int count) throws GovException
    {
        AuditLog log = this.kernel.get(AuditLog.class);
        long last = log.verify().recordsChecked();
        return log.read(last - count + 1, count).stream().map(AuditRecord::type).toList();
    }

    private static void assertRefused(String messageKey, Executable call)
    {
        assertEquals(messageKey, assertThrows(GovException.class, call).getMessageKey());
    }
}
