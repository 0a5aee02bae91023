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
import java.util.Locale;
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
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.guideline.GuidelineGate;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.TestDatabase;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what with one cross-agency space, for each person the space sees differently: anonymous, a steward, a
 * member, a guest, a suspended member, a member awaiting acknowledgement, an employee of a participating agency who
 * is not in it, an employee of an agency that does not take part, a person below the label, the administrator of a
 * participating and of a non-participating agency, an HR officer, a government administrator. Each cell runs on a
 * space of its own (labelled {@code PROTECTED_A}, open, gated by a guideline) holding every one of them.
 *
 * @version $Id$
 */
class SpacePersonaMatrixTest
{
    private static final String PROTECTED = "PROTECTED_A";

    private static final String UNKNOWN_SPACE = "gov.crossagency.error.unknownSpace";

    /** The refusal of this test itself, when a service answered but granted nothing (no content, no member). */
    private static final String NOT_GRANTED = "matrix.notGranted";

    /** Who may see that the space exists: anyone else is answered as for a space that does not exist. */
    private static final Set<SpacePersona> SEEING = EnumSet.of(SpacePersona.STEWARD, SpacePersona.MEMBER,
        SpacePersona.GUEST, SpacePersona.SUSPENDED, SpacePersona.AWAITING_ACKNOWLEDGEMENT,
        SpacePersona.EMPLOYEE_OF_A_PARTICIPATING_AGENCY, SpacePersona.ADMINISTRATOR_OF_A_PARTICIPATING_AGENCY,
        SpacePersona.HR_OFFICER, SpacePersona.GOVERNMENT_ADMINISTRATOR);

    /** Each person as the space sees them. */
    enum SpacePersona
    {
        ANONYMOUS(null, null),
        STEWARD("alice", GovWorld.OWN),
        MEMBER("mia", GovWorld.OWN),
        GUEST("gus", GovWorld.THIRD),
        SUSPENDED("sam", GovWorld.OWN),
        AWAITING_ACKNOWLEDGEMENT("wes", GovWorld.OWN),
        EMPLOYEE_OF_A_PARTICIPATING_AGENCY("olga", GovWorld.OTHER),
        EMPLOYEE_OF_ANOTHER_AGENCY("xena", GovWorld.THIRD),
        BELOW_THE_LABEL("ben", GovWorld.OWN),
        ADMINISTRATOR_OF_A_PARTICIPATING_AGENCY("omar", GovWorld.OWN),
        ADMINISTRATOR_OF_ANOTHER_AGENCY("ada", GovWorld.THIRD),
        HR_OFFICER("hana", GovWorld.OWN),
        GOVERNMENT_ADMINISTRATOR("gov", GovWorld.THIRD);

        private final String userId;

        private final String agencyKey;

        SpacePersona(String userId, String agencyKey)
        {
            this.userId = userId;
            this.agencyKey = agencyKey;
        }

        Actor actor()
        {
            return this.userId == null ? Actor.anonymous(Locale.ENGLISH)
                : Actor.user(this.userId, this.userId, Locale.ENGLISH);
        }
    }

    /** What a person attempts on their own space. */
    @FunctionalInterface
    private interface Attempt
    {
        void run(SpacePersona persona, String key) throws Exception;
    }

    @TempDir
    Path folder;

    private TestKernel kernel;

    private int spaces;

    @BeforeEach
    void createWorld() throws GovException
    {
        this.kernel = TestKernel.start(TestDatabase.create(DatabaseKind.H2, this.folder), this.folder);
        GovWorld.create(this.kernel);
        MembershipService homes = this.kernel.get(MembershipService.class);
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        for (SpacePersona persona : SpacePersona.values()) {
            if (persona.userId == null) {
                continue;
            }
            if (!this.kernel.directory().userExists(persona.userId)) {
                this.kernel.directory().addUser(persona.userId, persona.userId);
                homes.assign(Actor.system(), new Membership(persona.userId, persona.agencyKey, Optional.empty()));
            }
            clearances.set(Actor.system(), persona.userId, persona == SpacePersona.BELOW_THE_LABEL ? "UNCLASSIFIED"
                : PROTECTED);
        }
        for (String target : List.of("ivy", "gail")) {
            this.kernel.directory().addUser(target, target);
            homes.assign(Actor.system(), new Membership(target, "ivy".equals(target) ? GovWorld.OTHER
                : GovWorld.THIRD, Optional.empty()));
            clearances.set(Actor.system(), target, PROTECTED);
        }
        clearances.set(Actor.system(), "bob", PROTECTED);
        // Everyone acknowledged the space's guideline but wes.
        StandInGuidelineGate gate = new StandInGuidelineGate("ETHICS", new Bilingual("Ethics", "\u00c9thique"));
        gate.acknowledge(Stream.concat(Stream.of(SpacePersona.values()).map(persona -> persona.userId),
            Stream.of("bob")).filter(userId -> userId != null && !"wes".equals(userId)).toList());
        this.kernel.register(GuidelineGate.class, "default", gate);
    }

    @AfterEach
    void stopKernel()
    {
        this.kernel.close();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryPersona()
    {
        Set<SpacePersona> stewards = EnumSet.of(SpacePersona.STEWARD);
        // Members awaiting acknowledgement are in: they see who else is, not the content.
        Set<SpacePersona> insiders = EnumSet.of(SpacePersona.STEWARD, SpacePersona.MEMBER,
            SpacePersona.AWAITING_ACKNOWLEDGEMENT, SpacePersona.ADMINISTRATOR_OF_A_PARTICIPATING_AGENCY,
            SpacePersona.GOVERNMENT_ADMINISTRATOR);
        Set<SpacePersona> reading = EnumSet.of(SpacePersona.STEWARD, SpacePersona.MEMBER, SpacePersona.GUEST);
        return Stream.of(
            row("see the space", SEEING, (persona, key) -> spaces().get(persona.actor(), key)),
            row("see who is in beyond the stewards", insiders,
                (persona, key) -> require(members().getMembers(persona.actor(), key).stream()
                    .anyMatch(member -> "mia".equals(member.userId())))),
            row("view the content", reading, (persona, key) -> require(access(persona, key).canView())),
            row("edit the content", EnumSet.of(SpacePersona.STEWARD, SpacePersona.MEMBER),
                (persona, key) -> require(access(persona, key).canEdit())),
            row("list the pages", reading,
                (persona, key) -> this.kernel.get(SpaceContentService.class).getPages(persona.actor(), key)),
            row("see the events about members", insiders,
                (persona, key) -> require(this.kernel.get(SpaceContentService.class).getActivity(persona.actor(), key)
                    .stream().anyMatch(event -> event.subjectId().isPresent()))),
            row("join", EnumSet.of(SpacePersona.STEWARD, SpacePersona.MEMBER, SpacePersona.AWAITING_ACKNOWLEDGEMENT,
                SpacePersona.EMPLOYEE_OF_A_PARTICIPATING_AGENCY, SpacePersona.ADMINISTRATOR_OF_A_PARTICIPATING_AGENCY,
                SpacePersona.HR_OFFICER), (persona, key) -> {
                    // Joining again answers the membership as it is: a guest stays a guest.
                    SpaceMember joined = members().join(persona.actor(), key);
                    require(joined.state() == MemberState.ACTIVE && joined.role() != MemberRole.GUEST);
                }),
            row("leave", EnumSet.of(SpacePersona.MEMBER, SpacePersona.GUEST, SpacePersona.AWAITING_ACKNOWLEDGEMENT),
                (persona, key) -> members().leave(persona.actor(), key)),
            row("invite someone", stewards, (persona, key) -> members().invite(persona.actor(), key, "ivy")),
            row("sponsor a guest", stewards, (persona, key) -> members().sponsorGuest(persona.actor(), key, "gail",
                today().plusDays(30), GuestAccess.READ)),
            row("remove a member", EnumSet.of(SpacePersona.STEWARD, SpacePersona.GOVERNMENT_ADMINISTRATOR),
                (persona, key) -> members().remove(persona.actor(), key, "mia", "Done.")),
            row("read the access review", stewards,
                (persona, key) -> this.kernel.get(SpaceReviewService.class).getOpenReview(persona.actor(), key)),
            row("archive", EnumSet.of(SpacePersona.STEWARD, SpacePersona.GOVERNMENT_ADMINISTRATOR),
                (persona, key) -> spaces().archive(persona.actor(), key)))
            .flatMap(cells -> cells);
    }

    private Stream<DynamicTest> row(String operation, Set<SpacePersona> allowed, Attempt attempt)
    {
        return Stream.of(SpacePersona.values()).map(persona -> {
            boolean may = allowed.contains(persona);
            return DynamicTest.dynamicTest(operation + " \u00d7 " + persona + " \u2192 " + (may ? "allowed" : "denied"),
                () -> check(operation, persona, may, attempt));
        });
    }

    private void check(String operation, SpacePersona persona, boolean allowed, Attempt attempt) throws Exception
    {
        String key = space();
        this.kernel.request().setActor(persona.actor());
        try {
            attempt.run(persona, key);
            if (!allowed) {
                fail(persona + " was allowed to " + operation);
            }
        } catch (GovException e) {
            if (allowed) {
                fail(persona + " was refused " + operation + ": " + e.getMessageKey() + " " + e.getParameters(), e);
            }
            if (!SEEING.contains(persona) && persona != SpacePersona.ANONYMOUS
                && !Set.of(UNKNOWN_SPACE, NOT_GRANTED).contains(e.getMessageKey())) {
                fail(persona + " may not see the space but was told " + e.getMessageKey() + " " + e.getParameters());
            }
        }
    }

    /** A fresh space holding every persona in their place. */
    private String space() throws Exception
    {
        String key = "MATRIX_" + this.spaces++;
        spaces().propose(SpacePersona.STEWARD.actor(), new SpaceCharter(key, new Bilingual(key, key),
            new Bilingual("Work.", "Travail."), GovWorld.OWN, List.of(GovWorld.OWN, GovWorld.OTHER),
            List.of("alice", "bob"), PROTECTED, MembershipPolicy.OPEN, 90, Optional.empty(), List.of("ETHICS")));
        spaces().approve(Actor.system(), key, GovWorld.OWN);
        spaces().approve(Actor.system(), key, GovWorld.OTHER);
        for (SpacePersona member : List.of(SpacePersona.MEMBER, SpacePersona.SUSPENDED,
            SpacePersona.AWAITING_ACKNOWLEDGEMENT)) {
            members().join(member.actor(), key);
        }
        members().sponsorGuest(SpacePersona.STEWARD.actor(), key, "gus", today().plusDays(30), GuestAccess.READ);
        this.kernel.get(GovStore.class).inTransaction(connection -> {
            try (var update = connection.prepareStatement("UPDATE gov_crossagency_member SET member_state = "
                + "'SUSPENDED', reason = 'gov.crossagency.suspension.notConfirmed' WHERE space_key = ? "
                + "AND user_id = 'sam'")) {
                update.setString(1, key);
                return update.executeUpdate();
            }
        });
        return key;
    }

    private static void require(boolean allowed) throws GovException
    {
        if (!allowed) {
            throw new GovException(NOT_GRANTED);
        }
    }

    private ContentAccess access(SpacePersona persona, String key) throws GovException
    {
        return persona.userId == null ? ContentAccess.NONE
            : this.kernel.get(CollaborationSpaces.class).getAccess(persona.userId, key);
    }

    private LocalDate today()
    {
        return LocalDate.ofInstant(this.kernel.clock().instant(), ZoneOffset.UTC);
    }

    private SpaceService spaces()
    {
        return this.kernel.get(SpaceService.class);
    }

    private SpaceMembershipService members()
    {
        return this.kernel.get(SpaceMembershipService.class);
    }
}
