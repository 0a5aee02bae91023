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
package org.xwiki.contrib.gov.crossagency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AuthorizationMatrix;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.xwiki.contrib.gov.test.Persona.AGENCY_ADMIN_OWN;
import static org.xwiki.contrib.gov.test.Persona.ANONYMOUS;
import static org.xwiki.contrib.gov.test.Persona.EMPLOYEE_OTHER;
import static org.xwiki.contrib.gov.test.Persona.EMPLOYEE_OWN;
import static org.xwiki.contrib.gov.test.Persona.GOV_ADMIN;

/**
 * Who may do what with cross-agency spaces, for every persona: propose, decide for an agency, archive, reopen, see an
 * open and an invitation-only space, join, decide on a request, invite, remove a member. A space a persona may not
 * see is refused as if it did not exist.
 *
 * @version $Id$
 */
class CrossAgencyAuthorizationMatrixTest
{
    private static final String UNKNOWN_SPACE = "gov.crossagency.error.unknownSpace";

    private static final String PROTECTED = "PROTECTED_A";

    private static final LocalDate GUEST_END = TestKernel.START.atZone(ZoneOffset.UTC).toLocalDate().plusDays(30);

    private static final String NOT_PARTICIPATING = "gov.crossagency.error.agencyNotParticipating";

    @TempDir
    Path folder;

    private TestKernel kernel;

    private SpaceService spaces;

    private SpaceMembershipService members;

    private SpaceDirectory directory;

    @BeforeEach
    void createWorld() throws GovException
    {
        this.kernel = TestKernel.start(TestDatabase.create(DatabaseKind.H2, this.folder), this.folder);
        GovWorld.create(this.kernel);
        this.spaces = this.kernel.get(SpaceService.class);
        this.members = this.kernel.get(SpaceMembershipService.class);
        this.directory = this.kernel.get(SpaceDirectory.class);
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        clearances.set(Actor.system(), "alice", PROTECTED);
        clearances.set(Actor.system(), "bob", PROTECTED);
    }

    @AfterEach
    void stopKernel()
    {
        this.kernel.close();
    }

    @TestFactory
    Stream<DynamicTest> crossAgencyOperations()
    {
        Set<Persona> signedIn = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
        Set<Persona> stewardsAndGov = EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER, GOV_ADMIN);
        return new AuthorizationMatrix(this.kernel)
            .row("crossagency.space.propose", signedIn, persona -> this.spaces.propose(persona.actor(),
                charter("SPACE_P" + persona.ordinal(), MembershipPolicy.OPEN)))
            .row("crossagency.space.decide (own agency)", EnumSet.of(AGENCY_ADMIN_OWN, GOV_ADMIN), persona -> {
                proposed("SPACE_D" + persona.ordinal(), MembershipPolicy.OPEN);
                this.spaces.approve(persona.actor(), "SPACE_D" + persona.ordinal(), GovWorld.OWN);
            })
            .row("crossagency.space.archive", stewardsAndGov, Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_A" + persona.ordinal(), MembershipPolicy.OPEN);
                this.spaces.archive(persona.actor(), "SPACE_A" + persona.ordinal());
            })
            .row("crossagency.space.reopen", EnumSet.of(GOV_ADMIN), persona -> {
                active("SPACE_R" + persona.ordinal(), MembershipPolicy.OPEN);
                this.spaces.archive(Persona.EMPLOYEE_OWN.actor(), "SPACE_R" + persona.ordinal());
                this.spaces.reopen(persona.actor(), "SPACE_R" + persona.ordinal());
            })
            .row("crossagency.space.see (open)", EnumSet.complementOf(EnumSet.of(ANONYMOUS,
                Persona.AGENCY_ADMIN_OTHER)), Set.of(UNKNOWN_SPACE), persona -> {
                    active("SPACE_O" + persona.ordinal(), MembershipPolicy.OPEN);
                    this.spaces.get(persona.actor(), "SPACE_O" + persona.ordinal());
                })
            .row("crossagency.space.see (invitation only)", EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER,
                AGENCY_ADMIN_OWN, GOV_ADMIN), Set.of(UNKNOWN_SPACE), persona -> {
                    active("SPACE_I" + persona.ordinal(), MembershipPolicy.INVITE);
                    this.spaces.get(persona.actor(), "SPACE_I" + persona.ordinal());
                })
            .row("crossagency.space.see (above the clearance)", EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER,
                AGENCY_ADMIN_OWN, GOV_ADMIN), Set.of(UNKNOWN_SPACE), persona -> {
                    String key = "SPACE_L" + persona.ordinal();
                    this.spaces.propose(Persona.EMPLOYEE_OWN.actor(), charter(key, MembershipPolicy.OPEN, PROTECTED));
                    this.spaces.approve(Actor.system(), key, GovWorld.OWN);
                    this.spaces.approve(Actor.system(), key, GovWorld.OTHER);
                    this.spaces.get(persona.actor(), key);
                })
            .row("crossagency.space.list (invitation only)", EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER,
                AGENCY_ADMIN_OWN, GOV_ADMIN), Set.of(UNKNOWN_SPACE), persona -> {
                    active("SPACE_K" + persona.ordinal(), MembershipPolicy.INVITE);
                    listed(persona, "SPACE_K" + persona.ordinal());
                })
            .row("crossagency.space.suggest (invitation only)", EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER,
                AGENCY_ADMIN_OWN, GOV_ADMIN), Set.of(UNKNOWN_SPACE), persona -> {
                    active("SPACE_U" + persona.ordinal(), MembershipPolicy.INVITE);
                    suggested(persona, "SPACE_U" + persona.ordinal());
                })
            .row("crossagency.space.mine", signedIn, persona -> this.directory.mine(persona.actor()))
            .row("crossagency.member.join (open space)", EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER, Persona.HR_OWN,
                Persona.HR_OTHER, AGENCY_ADMIN_OWN), Set.of(UNKNOWN_SPACE, NOT_PARTICIPATING), persona -> {
                    active("SPACE_J" + persona.ordinal(), MembershipPolicy.OPEN);
                    this.members.join(persona.actor(), "SPACE_J" + persona.ordinal());
                })
            .row("crossagency.member.decide (request)", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_Q" + persona.ordinal(), MembershipPolicy.REQUEST);
                this.members.request(Persona.HR_OWN.actor(), "SPACE_Q" + persona.ordinal(), "Please.");
                this.members.decideRequest(persona.actor(), "SPACE_Q" + persona.ordinal(), "hana", true, "");
            })
            .row("crossagency.member.invite", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_V" + persona.ordinal(), MembershipPolicy.INVITE);
                this.members.invite(persona.actor(), "SPACE_V" + persona.ordinal(), "hana");
            })
            .row("crossagency.guest.sponsor", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_G" + persona.ordinal(), MembershipPolicy.OPEN);
                this.members.sponsorGuest(persona.actor(), "SPACE_G" + persona.ordinal(), "ada",
                    GUEST_END, GuestAccess.READ);
            })
            .row("crossagency.guest.renew", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_N" + persona.ordinal(), MembershipPolicy.OPEN);
                this.members.sponsorGuest(Persona.EMPLOYEE_OWN.actor(), "SPACE_N" + persona.ordinal(), "ada",
                    GUEST_END, GuestAccess.READ);
                this.members.renewGuest(persona.actor(), "SPACE_N" + persona.ordinal(), "ada", GUEST_END.plusDays(1));
            })
            .row("crossagency.member.requests (list)", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_T" + persona.ordinal(), MembershipPolicy.REQUEST);
                this.members.getRequests(persona.actor(), "SPACE_T" + persona.ordinal());
            })
            .row("crossagency.review (read, suspended)", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_W" + persona.ordinal(), MembershipPolicy.OPEN);
                SpaceReviewService reviews = this.kernel.get(SpaceReviewService.class);
                reviews.getOpenReview(persona.actor(), "SPACE_W" + persona.ordinal());
                reviews.getSuspended(persona.actor(), "SPACE_W" + persona.ordinal());
            })
            .row("crossagency.report.view (own agency)", EnumSet.of(AGENCY_ADMIN_OWN, GOV_ADMIN),
                persona -> this.kernel.get(SpaceReportService.class).getReport(persona.actor(),
                    Optional.of(GovWorld.OWN)))
            .row("crossagency.report.view (every space)", EnumSet.of(GOV_ADMIN),
                persona -> this.kernel.get(SpaceReportService.class).getReport(persona.actor(), Optional.empty()))
            .row("crossagency.space.withdraw (a partner agency)", EnumSet.of(Persona.AGENCY_ADMIN_OTHER, GOV_ADMIN),
                persona -> {
                    String key = "SPACE_X" + persona.ordinal();
                    this.spaces.propose(Persona.EMPLOYEE_OWN.actor(), new SpaceCharter(key, new Bilingual(key, key),
                        new Bilingual("Work.", "Travail."), GovWorld.OWN, List.of(GovWorld.OWN, GovWorld.OTHER,
                            GovWorld.THIRD), List.of("alice", "bob", "ada"), "UNCLASSIFIED", MembershipPolicy.OPEN, 90,
                        Optional.empty()));
                    for (String agency : List.of(GovWorld.OWN, GovWorld.OTHER, GovWorld.THIRD)) {
                        this.spaces.approve(Actor.system(), key, agency);
                    }
                    this.spaces.withdraw(persona.actor(), key, GovWorld.THIRD);
                })
            .row("crossagency.member.appoint", EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER, AGENCY_ADMIN_OWN, GOV_ADMIN),
                Set.of(UNKNOWN_SPACE), persona -> {
                    active("SPACE_Y" + persona.ordinal(), MembershipPolicy.OPEN);
                    this.members.join(Persona.HR_OWN.actor(), "SPACE_Y" + persona.ordinal());
                    this.members.appointSteward(persona.actor(), "SPACE_Y" + persona.ordinal(), "hana");
                })
            .row("crossagency.space.amend (raise the label)", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_Z" + persona.ordinal(), MembershipPolicy.OPEN);
                this.kernel.get(CharterAmendmentService.class).propose(persona.actor(), "SPACE_Z" + persona.ordinal(),
                    List.of(), Optional.of(PROTECTED));
            })
            .row("crossagency.content.pages (read)", stewardsOnly(), Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_C" + persona.ordinal(), MembershipPolicy.OPEN);
                this.kernel.get(SpaceContentService.class).getPages(persona.actor(), "SPACE_C" + persona.ordinal());
            })
            .row("crossagency.content.activity", EnumSet.complementOf(EnumSet.of(ANONYMOUS,
                Persona.AGENCY_ADMIN_OTHER)), Set.of(UNKNOWN_SPACE), persona -> {
                    active("SPACE_E" + persona.ordinal(), MembershipPolicy.OPEN);
                    this.kernel.get(SpaceContentService.class).getActivity(persona.actor(),
                        "SPACE_E" + persona.ordinal());
                })
            .row("crossagency.member.remove", stewardsAndGov, Set.of(UNKNOWN_SPACE), persona -> {
                active("SPACE_M" + persona.ordinal(), MembershipPolicy.OPEN);
                this.members.join(Persona.HR_OWN.actor(), "SPACE_M" + persona.ordinal());
                this.members.remove(persona.actor(), "SPACE_M" + persona.ordinal(), "hana", "Done.");
            })
            .tests();
    }

    /** Deciding on a request is the stewards' only: government administrators are not stewards. */
    private static Set<Persona> stewardsOnly()
    {
        return EnumSet.of(EMPLOYEE_OWN, EMPLOYEE_OTHER);
    }

    /** Finds the space by its key in the directory, as a reader would: absent is refused as unknown. */
    private void listed(Persona persona, String key) throws GovException
    {
        SpaceSearchResult found = this.directory.search(persona.actor(), new SpaceQuery(Optional.of(key),
            Optional.empty(), Optional.empty(), Optional.empty(), 0, 10));
        if (found.total() != 1 || !found.spaces().get(0).key().equals(key)) {
            throw new NotFoundException(UNKNOWN_SPACE, key);
        }
    }

    /** Finds the space among the suggestions for its key, as a picker would: absent is refused as unknown. */
    private void suggested(Persona persona, String key) throws GovException
    {
        if (this.directory.suggest(persona.actor(), key).stream().noneMatch(space -> space.key().equals(key))) {
            throw new NotFoundException(UNKNOWN_SPACE, key);
        }
    }

    private void proposed(String key, MembershipPolicy policy) throws GovException
    {
        this.spaces.propose(Persona.EMPLOYEE_OWN.actor(), charter(key, policy));
    }

    private void active(String key, MembershipPolicy policy) throws GovException
    {
        proposed(key, policy);
        this.spaces.approve(Actor.system(), key, GovWorld.OWN);
        this.spaces.approve(Actor.system(), key, GovWorld.OTHER);
    }

    private static SpaceCharter charter(String key, MembershipPolicy policy)
    {
        return charter(key, policy, "UNCLASSIFIED");
    }

    private static SpaceCharter charter(String key, MembershipPolicy policy, String label)
    {
        return new SpaceCharter(key, new Bilingual("Space " + key, "Espace " + key),
            new Bilingual("Work together.", "Travailler ensemble."), GovWorld.OWN,
            List.of(GovWorld.OWN, GovWorld.OTHER), List.of("alice", "bob"), label, policy, 90, Optional.empty());
    }
}
