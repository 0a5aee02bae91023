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
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.clearance.ClearanceService;
import org.xwiki.contrib.gov.crossagency.MemberRole;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.MySpace;
import org.xwiki.contrib.gov.crossagency.MySpaces;
import org.xwiki.contrib.gov.crossagency.SpaceDirectory;
import org.xwiki.contrib.gov.crossagency.SpaceQuery;
import org.xwiki.contrib.gov.crossagency.SpaceSearchResult;
import org.xwiki.contrib.gov.crossagency.SpaceSummary;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.GovWorld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The space directory and "my spaces" on H2 and PostgreSQL: who sees which space, in the page and the count alike,
 * and the filters.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class SpaceDirectoryStoreTest extends AbstractSpaceStoreTest
{
    private SpaceDirectory directory;

    /**
     * OPEN_DATA (open), BUDGET (by request, PROTECTED_A), CLOSED_CELL (by invitation), all active; DRAFT proposed.
     */
    private void createSpaces() throws Exception
    {
        this.directory = this.kernel.get(SpaceDirectory.class);
        ClearanceService clearances = this.kernel.get(ClearanceService.class);
        clearances.set(Actor.system(), "alice", "PROTECTED_B");
        clearances.set(Actor.system(), "bob", "PROTECTED_A");
        active("OPEN_DATA", MembershipPolicy.OPEN);
        active("BUDGET", MembershipPolicy.REQUEST, "PROTECTED_A");
        active("CLOSED_CELL", MembershipPolicy.INVITE);
        this.spaces.propose(ALICE, charter("DRAFT", MembershipPolicy.OPEN, UNCLASSIFIED));
    }

    @Test
    void eachPersonSeesTheSpacesTheRulesLetThemSeeInThePageAndTheCountAlike() throws Exception
    {
        createSpaces();

        assertVisible(HANA, "OPEN_DATA");
        assertVisible(RAJ, "OPEN_DATA");
        assertVisible(ADA, "", "DIGITAL takes part in none: not even the open one");
        assertVisible(ALICE, "BUDGET,CLOSED_CELL,DRAFT,OPEN_DATA");
        assertVisible(OMAR, "BUDGET,CLOSED_CELL,DRAFT,OPEN_DATA", "HEALTH's administrator oversees them all");
        assertVisible(GOV, "BUDGET,CLOSED_CELL,DRAFT,OPEN_DATA");

        this.members.invite(ALICE, "CLOSED_CELL", "hana");
        assertVisible(HANA, "CLOSED_CELL,OPEN_DATA", "an invitee sees the space");
        this.kernel.get(ClearanceService.class).set(Actor.system(), "hana", "PROTECTED_A");
        assertVisible(HANA, "BUDGET,CLOSED_CELL,OPEN_DATA", "cleared for the label");

        assertThrows(AccessDeniedException.class,
            () -> this.directory.search(Actor.anonymous(Locale.ENGLISH), SpaceQuery.all()));
    }

    @Test
    void keywordsAndFiltersNarrowTheVisibleSpaces() throws Exception
    {
        createSpaces();

        assertEquals(List.of("OPEN_DATA"), keys(search(ALICE, "espace open", null, null, null)),
            "every word, in either language");
        assertEquals(List.of(), keys(search(HANA, "budget", null, null, null)), "BUDGET exists but hana may not");
        assertEquals(List.of("BUDGET"), keys(search(ALICE, null, null, "PROTECTED_A", null)));
        assertEquals(List.of("CLOSED_CELL"), keys(search(ALICE, null, null, null, MembershipPolicy.INVITE)));
        assertEquals(4, search(ALICE, null, GovWorld.OTHER, null, null).total());
        assertEquals(0, search(ALICE, null, GovWorld.THIRD, null, null).total());
        assertEquals(0, search(ALICE, "100%_", null, null, null).total(), "LIKE's wildcards are plain characters");

        SpaceSearchResult second = this.directory.search(ALICE, new SpaceQuery(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 1, 2));
        assertEquals(List.of("CLOSED_CELL", "DRAFT"), keys(second), "by name, page by page");
        assertEquals(4, second.total());
        assertEquals(List.of(GovWorld.OWN, GovWorld.OTHER), second.spaces().get(0).agencies(), "the lead first");
    }

    @Test
    void suggestionsNeverNameASpaceTheReaderMayNotSee() throws Exception
    {
        createSpaces();

        assertEquals(List.of("OPEN_DATA"), this.directory.suggest(HANA, "space").stream().map(SpaceSummary::key)
            .toList(), "neither the invitation-only space nor the one above hana's clearance");
        assertEquals(List.of(), this.directory.suggest(HANA, "cell"));
        assertEquals(List.of(), this.directory.suggest(HANA, "budget"));
        assertEquals(List.of("BUDGET", "CLOSED_CELL", "DRAFT", "OPEN_DATA"),
            this.directory.suggest(ALICE, "espace").stream().map(SpaceSummary::key).toList());
        assertRefused("gov.crossagency.field.keywords.required", () -> this.directory.suggest(ALICE, " "));
        assertThrows(AccessDeniedException.class, () -> this.directory.suggest(Actor.anonymous(Locale.ENGLISH), "x"));
    }

    @Test
    void mySpacesShowRoleStateAndWhatWaits() throws Exception
    {
        createSpaces();
        this.members.invite(ALICE, "CLOSED_CELL", "hana");
        this.kernel.get(ClearanceService.class).set(Actor.system(), "raj", "PROTECTED_A");
        this.members.request(RAJ, "BUDGET", "I would like to help.");

        MySpaces alices = this.directory.mine(ALICE);
        assertEquals(List.of("BUDGET", "CLOSED_CELL", "DRAFT", "OPEN_DATA"),
            alices.spaces().stream().map(space -> space.space().key()).toList());
        MySpace budget = alices.spaces().get(0);
        assertEquals(MemberRole.STEWARD, budget.role());
        assertEquals(1, budget.pendingRequests(), "raj's request waits");
        assertEquals(List.of(), alices.awaitingDecision());

        MySpace invitation = this.directory.mine(HANA).spaces().get(0);
        assertEquals(MemberState.INVITED, invitation.state());
        assertEquals(0, invitation.pendingRequests(), "only stewards are told of requests");
        assertEquals(List.of("DRAFT"), this.directory.mine(OMAR).awaitingDecision().stream().map(SpaceSummary::key)
            .toList());
        assertEquals(List.of(), this.directory.mine(ADA).awaitingDecision());
    }

    private SpaceSearchResult search(Actor actor, String keywords, String agency, String label,
        MembershipPolicy policy) throws Exception
    {
        return this.directory.search(actor, new SpaceQuery(Optional.ofNullable(keywords), Optional.ofNullable(agency),
            Optional.ofNullable(label), Optional.ofNullable(policy), 0, 20));
    }

    private void assertVisible(Actor actor, String keys, String... why) throws Exception
    {
        SpaceSearchResult result = this.directory.search(actor, SpaceQuery.all());
        String message = actor.userId().orElse("") + ' ' + String.join(" ", why);
        assertEquals(keys, String.join(",", keys(result)), message);
        assertEquals(keys.isEmpty() ? 0 : keys.split(",").length, result.total(), message);
    }

    private static List<String> keys(SpaceSearchResult result)
    {
        return result.spaces().stream().map(SpaceSummary::key).toList();
    }
}
