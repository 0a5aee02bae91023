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
package org.xwiki.contrib.gov.sandbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.Visibility;

/**
 * The demo people's profiles: HR fields (title, classification, the first person of each unit managing the others)
 * and person-owned fields with skills drawn from their agency's trade, so that the directory has something to find.
 * Bob keeps his phone private, to show visibility at work.
 *
 * @version $Id$
 */
@Component(roles = DemoProfiles.class)
@Singleton
public class DemoProfiles
{
    private static final Map<String, String> TITLES = Map.of("HEALTH-PH", "Public health analyst",
        "HEALTH-PH-EPI", "Epidemiologist", "HEALTH-HR", "HR advisor", "HEALTH-IT", "Developer",
        "REVENUE-AUDIT", "Tax auditor", "REVENUE-COLL", "Collections officer", "REVENUE-HR", "HR advisor",
        "DIGITAL-PLAT", "Platform engineer", "DIGITAL-DATA", "Data scientist", "DIGITAL-DESIGN", "Service designer");

    private static final Map<String, List<String>> SKILLS = Map.of(
        "HEALTH", List.of("epidemiology", "public health", "biostatistics", "health policy", "vaccination programs",
            "clinical research", "data analysis"),
        "REVENUE", List.of("tax audit", "forensic accounting", "fraud detection", "risk assessment", "collections",
            "excel", "data analysis"),
        "DIGITAL", List.of("cloud architecture", "user research", "accessibility", "data engineering", "python",
            "service design", "kubernetes"));

    private static final Map<String, String> LOCATIONS = Map.of("HEALTH", "Ottawa", "REVENUE", "Montréal",
        "DIGITAL", "Toronto");

    @Inject
    private ProfileService profiles;

    /**
     * @param unit one of the demo's units
     * @return the position its people hold
     */
    static String titleOf(String unit)
    {
        return TITLES.get(unit);
    }

    /**
     * Creates a profile for each person.
     *
     * @param people the demo people, the named ones first
     * @throws GovException when a profile is refused
     */
    public void create(List<DemoPerson> people) throws GovException
    {
        Map<String, String> unitHeads = new HashMap<>();
        for (int n = 0; n < people.size(); n++) {
            DemoPerson person = people.get(n);
            String head = unitHeads.putIfAbsent(person.unit(), person.login());
            this.profiles.updateHr(Actor.system(), person.login(), new HrFields(person.name(),
                Optional.of(TITLES.get(person.unit())), Optional.of(n % 2 == 0 ? "EC-05" : "CS-03"),
                Optional.ofNullable(head)));
            Actor self = Actor.user(person.login(), person.name(), person.locale());
            this.profiles.updateOwn(self, details(person, n), visibilities(person));
        }
    }

    private static PersonalDetails details(DemoPerson person, int n)
    {
        List<String> pool = SKILLS.get(person.agency());
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            skills.add(pool.get((n + i * 2) % pool.size()));
        }
        List<LanguageSkill> languages = new ArrayList<>(List.of(new LanguageSkill(person.locale().getLanguage(),
            Proficiency.NATIVE)));
        if (n % 2 == 0) {
            languages.add(new LanguageSkill("fr".equals(person.locale().getLanguage()) ? "en" : "fr",
                Proficiency.values()[n % 3 + 1]));
        }
        List<ProfessionalLink> links = n % 4 == 0 ? List.of(new ProfessionalLink("Team page",
            "https://intranet.demo.gov.example/" + person.unit().toLowerCase(Locale.ROOT),
            LinkCapacity.OFFICIAL)) : List.of();
        return new PersonalDetails(Optional.empty(), Optional.empty(),
            Optional.of(LOCATIONS.get(person.agency())), Optional.of(String.format("+1 613 555 %04d", n)),
            Optional.of(person.login() + "@demo.gov.example"), languages, skills,
            Optional.of(person.name() + ", " + TITLES.get(person.unit()).toLowerCase(Locale.ROOT)
                + ", is happy to help other teams with " + skills.get(0) + '.'),
            n % 3 != 1, n % 3 != 1 ? Optional.of("A few hours a week") : Optional.empty(), links);
    }

    private static Map<PersonalField, Visibility> visibilities(DemoPerson person)
    {
        return "bob".equals(person.login()) ? Map.of(PersonalField.PHONE, Visibility.PRIVATE) : Map.of();
    }
}
