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
package org.xwiki.contrib.gov.profiles.internal.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.DirectoryFacet;
import org.xwiki.contrib.gov.profiles.DirectoryHit;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectoryResult;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.FacetCount;
import org.xwiki.contrib.gov.profiles.MatchedField;
import org.xwiki.contrib.gov.profiles.PersonSummary;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.AbstractKernelTest;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.Persona;
import org.xwiki.contrib.gov.test.TestKernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.details;
import static org.xwiki.contrib.gov.profiles.ProfileFixtures.hr;

/**
 * The directory search on H2 and PostgreSQL: relevance (typos included), facets, why a hit matched, autocomplete,
 * and above all that a value hidden from the searcher never matches, ranks, or counts in a facet; then the index's
 * life: restart, rebuild, a second process catching up, a transfer.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DirectorySearchTest extends AbstractKernelTest
{
    /** Searches from another agency than the people below. */
    private static final Actor BOB = Persona.EMPLOYEE_OTHER.actor();

    /** Searches from the same agency as most people below. */
    private static final Actor ALICE = Persona.EMPLOYEE_OWN.actor();

    private ProfileService profiles;

    private DirectorySearch search;

    @BeforeEach
    void createPeople() throws GovException
    {
        GovWorld.create(this.kernel);
        this.profiles = this.kernel.get(ProfileService.class);
        this.search = this.kernel.get(DirectorySearch.class);
        person("elodie", GovWorld.OWN, "\u00c9lodie Tremblay", "Policy analyst", List.of("kubernetes", "negotiation"),
            "Leads the geospatial team", Map.of(PersonalField.BIO, Visibility.AGENCY));
        person("marc", GovWorld.OWN, "Marc Gagnon", "Platform engineer", List.of("kubernetes", "terraform"), "",
            Map.of());
        person("nadia", GovWorld.OTHER, "Nadia Roy", "Tax auditor", List.of("taxation", "data science"),
            "Audits returns", Map.of());
        person("ann", GovWorld.OWN, "Ann Able", "Budget officer", List.of("budgeting"), "", Map.of());
        person("zed", GovWorld.OWN, "Zed Zane", "Budget officer", List.of("budgeting"), "budgeting budgeting",
            Map.of(PersonalField.BIO, Visibility.AGENCY));
        person("secret", GovWorld.OWN, "Sam Secret", "Advisor", List.of("mediation", "cobol"), "",
            Map.of(PersonalField.SKILLS, Visibility.AGENCY, PersonalField.LOCATION, Visibility.PRIVATE));
        this.profiles.endorse(ALICE, "marc", "kubernetes");
        this.profiles.endorse(BOB, "marc", "kubernetes");
    }

    private void person(String userId, String agency, String name, String title, List<String> skills, String bio,
        Map<PersonalField, Visibility> visibilities) throws GovException
    {
        this.kernel.directory().addUser(userId, name);
        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership(userId, agency, Optional.of(agency + GovWorld.UNIT_SUFFIX)));
        this.profiles.updateHr(Actor.system(), userId, hr(name, title, Optional.empty()));
        this.profiles.updateOwn(Actor.user(userId, name, java.util.Locale.ENGLISH), details(skills, bio),
            visibilities);
    }

    private List<String> ids(Actor actor, String keywords) throws GovException
    {
        return ids(this.search.search(actor, DirectoryQuery.of(keywords)));
    }

    private static List<String> ids(DirectoryResult result)
    {
        return result.hits().stream().map(hit -> hit.person().userId()).toList();
    }

    @Test
    void relevance() throws GovException
    {
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("kubernetes", List.of("marc", "elodie"));
        expected.put("kubernets", List.of("marc", "elodie"));
        expected.put("KUBERNETES engineer", List.of("marc"));
        expected.put("elodie", List.of("elodie"));
        expected.put("\u00e9lodie tremblay", List.of("elodie"));
        expected.put("tremblya", List.of("elodie"));
        expected.put("tax", List.of("nadia"));
        expected.put("data science", List.of("nadia"));
        expected.put("datta sciense", List.of("nadia"));
        expected.put("analyst", List.of("elodie"));
        expected.put("audits", List.of("nadia"));
        expected.put("geospatial", List.of());
        expected.put("mediation", List.of());
        for (Map.Entry<String, List<String>> query : expected.entrySet()) {
            assertEquals(query.getValue(), ids(BOB, query.getKey()), "search by bob for: " + query.getKey());
        }
    }

    @Test
    void aHiddenValueNeverMatches() throws GovException
    {
        assertEquals(List.of(), ids(BOB, "geospatial"), "agency-only biography, other agency");
        assertEquals(List.of("elodie"), ids(ALICE, "geospatial"), "same agency");
        assertEquals(List.of(), ids(BOB, "cobol"), "agency-only skills");
        assertEquals(List.of(), ids(BOB, "cobl"), "not even with a typo");
        assertEquals(List.of("secret"), ids(ALICE, "cobol"));
        assertEquals(List.of(), ids(BOB, "sam cobol"), "a visible name does not let a hidden skill through");
        assertEquals(List.of("secret"), ids(BOB, "sam"));
        DirectoryResult filtered = this.search.search(BOB,
            new DirectoryQuery("", Map.of(DirectoryFacet.SKILL, Set.of("cobol")), 0, 20));
        assertEquals(0, filtered.total(), "nor through a filter");
    }

    @Test
    void aHiddenValueNeverRanks() throws GovException
    {
        assertEquals(List.of("ann", "zed"), ids(BOB, "budgeting"),
            "equal visible values: name order, Zed's hidden biography does not lift him");
        assertEquals(List.of("zed", "ann"), ids(ALICE, "budgeting"), "seen from his agency, it does");
    }

    @Test
    void aHiddenValueNeverCountsInAFacet() throws GovException
    {
        DirectoryResult fromOther = this.search.search(BOB, DirectoryQuery.of(""));
        assertEquals(6, fromOther.total());
        List<String> skills = fromOther.facets().get(DirectoryFacet.SKILL).stream().map(FacetCount::value).toList();
        assertFalse(skills.contains("cobol"), skills.toString());
        assertFalse(skills.contains("mediation"), skills.toString());
        assertTrue(fromOther.facets().get(DirectoryFacet.SKILL).contains(new FacetCount("kubernetes", 2)));
        assertEquals(new FacetCount("Ottawa", 5), fromOther.facets().get(DirectoryFacet.LOCATION).get(0),
            "Sam's location is private");
        assertEquals(List.of(new FacetCount(GovWorld.OWN, 5), new FacetCount(GovWorld.OTHER, 1)),
            fromOther.facets().get(DirectoryFacet.AGENCY));

        DirectoryResult fromOwn = this.search.search(ALICE, DirectoryQuery.of(""));
        assertTrue(fromOwn.facets().get(DirectoryFacet.SKILL).contains(new FacetCount("cobol", 1)));
        assertEquals(new FacetCount("Ottawa", 5), fromOwn.facets().get(DirectoryFacet.LOCATION).get(0),
            "private even to colleagues");
        DirectoryResult fromHr = this.search.search(Persona.HR_OWN.actor(), DirectoryQuery.of(""));
        assertEquals(new FacetCount("Ottawa", 6), fromHr.facets().get(DirectoryFacet.LOCATION).get(0),
            "the agency's HR sees private values");
    }

    @Test
    void filtersCombineAndEachHitSaysWhyItMatched() throws GovException
    {
        DirectoryResult result = this.search.search(BOB, new DirectoryQuery("kubernetes",
            Map.of(DirectoryFacet.AGENCY, Set.of(GovWorld.OWN), DirectoryFacet.LANGUAGE, Set.of("fr")), 0, 20));
        assertEquals(List.of("marc", "elodie"), ids(result));
        assertEquals(Set.of(MatchedField.SKILL), result.hits().get(0).matchedFields());

        DirectoryHit analyst = this.search.search(ALICE, DirectoryQuery.of("analyst geospatial")).hits().get(0);
        assertEquals(Set.of(MatchedField.TITLE, MatchedField.BIO), analyst.matchedFields());
        assertEquals(Set.of(MatchedField.NAME), this.search.search(BOB, DirectoryQuery.of("tremblay")).hits().get(0)
            .matchedFields());

        DirectoryResult second = this.search.search(BOB, new DirectoryQuery("", Map.of(), 1, 4));
        assertEquals(6, second.total());
        assertEquals(List.of("secret", "zed"), ids(second), "by name: Ann, Élodie, Marc, Nadia | Sam, Zed");
    }

    @Test
    void autocompleteSuggestsVisibleNamesAndSkills() throws GovException
    {
        assertEquals(List.of("elodie"),
            this.search.suggestPeople(BOB, "\u00e9lo", 10).stream().map(PersonSummary::userId).toList());
        assertEquals(List.of("elodie"),
            this.search.suggestPeople(BOB, "elodie tre", 10).stream().map(PersonSummary::userId).toList());
        assertEquals(List.of(new FacetCount("kubernetes", 2)), this.search.suggestSkills(BOB, "Kub", 10));
        assertEquals(List.of(), this.search.suggestSkills(BOB, "med", 10), "agency-only skill");
        assertEquals(List.of(new FacetCount("mediation", 1)), this.search.suggestSkills(ALICE, "med", 10));
    }

    @Test
    void aSearchOfManyWordsIsAnsweredOrRefusedWithItsReason() throws GovException
    {
        // Twenty long words, each with fifty typo neighbours in the index: the typo expansion at its largest.
        List<String> words = new ArrayList<>();
        StringBuilder neighbours = new StringBuilder();
        for (int w = 0; w < DirectoryQuery.MAX_WORDS; w++) {
            String word = "q" + (char) ('a' + w) + "rstuvw" + (char) ('a' + w);
            words.add(word);
            for (int n = 0; n < 50; n++) {
                char[] typo = word.toCharArray();
                typo[2 + n % 6] = (char) ('a' + n / 6);
                neighbours.append(typo).append(' ');
            }
        }
        for (int start = 0, part = 0; start < neighbours.length(); start += 1_800, part++) {
            person("typos" + part, GovWorld.OWN, "Typo Neighbour " + part, "Clerk", List.of(),
                neighbours.substring(start, Math.min(neighbours.length(), start + 1_800)).strip(), Map.of());
        }
        person("wordy", GovWorld.OWN, "Wordy Person", "Clerk", List.of(), String.join(" ", words), Map.of());

        assertEquals(List.of("wordy"), ids(ALICE, String.join(" ", words)), "every word matches, none dropped");
        assertEquals(List.of("marc", "elodie"), ids(ALICE, "kubernetes ".repeat(18)), "a repeated word counts once");

        String tooMany = IntStream.range(0, 35).mapToObj(n -> "w" + (char) ('a' + n % 26)
            + (char) ('a' + n / 26) + 'x').collect(Collectors.joining(" "));
        GovException refused = assertThrows(GovException.class,
            () -> ids(ALICE, tooMany), "35 different words, within 200 characters");
        assertEquals("gov.profiles.search.keywords.tooManyWords", refused.getMessageKey());
        assertEquals("[20]", refused.getParameters().toString());

        String manyShortWords = IntStream.range(0, 66).mapToObj(n -> "" + (char) ('a' + n % 26)
            + (char) ('a' + n / 26)).collect(Collectors.joining(" "));
        assertEquals(List.of(), this.search.suggestPeople(ALICE, manyShortWords, 10), "suggestions answer");
        assertEquals(List.of(), this.search.suggestSkills(ALICE, manyShortWords, 10));
    }

    @Test
    void aTransferMovesAgencyOnlyValuesToTheNewAgencysEyes() throws GovException
    {
        assertEquals(List.of(), ids(BOB, "geospatial"));
        this.kernel.get(MembershipService.class).assign(Actor.system(),
            new Membership("elodie", GovWorld.OTHER, Optional.empty()));
        this.kernel.get(ProfileIndex.class).catchUp();
        assertEquals(List.of("elodie"), ids(BOB, "geospatial"));
        assertEquals(List.of(), ids(ALICE, "geospatial"));
    }

    @Test
    void aDeactivatedProfileLeavesTheDirectory() throws GovException
    {
        this.profiles.setActive(Persona.HR_OWN.actor(), "marc", false);
        assertEquals(List.of("elodie"), ids(BOB, "kubernetes"));
    }

    @Test
    void theIndexSurvivesARestartAndIsRebuiltWhenMissing() throws Exception
    {
        this.kernel.close();
        this.kernel = TestKernel.start(this.database, this.folder);
        assertEquals(List.of("marc", "elodie"), ids(this.kernel.get(DirectorySearch.class), "kubernetes"));
        this.kernel.close();

        try (Stream<Path> files = Files.walk(this.folder.resolve("gov/index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        this.kernel = TestKernel.start(this.database, this.folder);
        assertEquals(List.of("marc", "elodie"), ids(this.kernel.get(DirectorySearch.class), "kubernetes"));
    }

    @Test
    void anIndexThatCannotBeReadIsRebuilt() throws Exception
    {
        this.kernel.close();
        // What an index written by another Lucene version, or damaged, looks like to this one: unreadable segments.
        Path index = this.folder.resolve("gov/index/profiles");
        try (Stream<Path> files = Files.list(index)) {
            for (Path segments : files.filter(path -> path.getFileName().toString().startsWith("segments_"))
                .toList()) {
                Files.write(segments, "not a Lucene index".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        this.kernel = TestKernel.start(this.database, this.folder);
        assertEquals(List.of("marc", "elodie"), ids(this.kernel.get(DirectorySearch.class), "kubernetes"));
    }

    @Test
    void aSecondProcessCatchesUpFromTheChangeLog(@org.junit.jupiter.api.io.TempDir Path otherFolder)
        throws Exception
    {
        try (TestKernel other = TestKernel.start(this.database, otherFolder)) {
            other.directory().addUser("bob", "bob");
            DirectorySearch otherSearch = other.get(DirectorySearch.class);
            assertEquals(List.of("nadia"), ids(otherSearch, "taxation"));

            this.profiles.updateOwn(Actor.user("marc", "Marc", java.util.Locale.ENGLISH),
                details(List.of("kubernetes", "taxation"), ""), Map.of());
            assertEquals(List.of("nadia"), ids(otherSearch, "taxation"), "not caught up yet");
            other.get(ProfileIndex.class).catchUp();
            assertEquals(Set.of("nadia", "marc"), Set.copyOf(ids(otherSearch, "taxation")));
        }
    }

    private List<String> ids(DirectorySearch directory, String keywords) throws GovException
    {
        return ids(directory.search(BOB, DirectoryQuery.of(keywords)));
    }
}
