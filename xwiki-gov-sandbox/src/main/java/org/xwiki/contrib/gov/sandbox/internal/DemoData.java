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

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceService;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.Question;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.role.GovRole;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleService;
import org.xwiki.contrib.gov.sandbox.SandboxOptions;
import org.xwiki.contrib.gov.sandbox.pages.SandboxPages;
import org.xwiki.contrib.gov.sandbox.users.JdbcSandboxUserStore;
import org.xwiki.contrib.gov.sandbox.users.PasswordHasher;
import org.xwiki.contrib.gov.sandbox.users.SandboxUser;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The demo government, created on first start in an empty data folder, in one transaction: three agencies with their
 * units, the named demo users with their roles (an administrator for each agency), a partner with no home agency,
 * generated employees spread over every unit, their profiles, and
 * HEALTH's social media policy, published by its HR officer. Every demo user's
 * password is {@value #PASSWORD}: the sandbox is for trying things out, never for real data.
 *
 * @version $Id$
 */
@Component(roles = DemoData.class)
@Singleton
public class DemoData
{
    /** The password of every demo user. */
    public static final String PASSWORD = "demo";

    /** The demo partner: a user with no home agency, who can only be a guest. */
    public static final String PARTNER = "pat";

    /** The demo cross-agency space. */
    public static final String DEMO_SPACE = "DATA_COMMUNITY";

    /** How many employees are generated with full profiles besides the named users; more join by HR import. */
    public static final int GENERATED_EMPLOYEES = SandboxOptions.DEFAULT_DEMO_PEOPLE;

    /** The demo's units, which generated employees are spread over in turn. */
    static final List<String> UNITS = List.of("HEALTH-PH", "HEALTH-PH-EPI", "HEALTH-HR", "HEALTH-IT",
        "REVENUE-AUDIT", "REVENUE-COLL", "REVENUE-HR", "DIGITAL-PLAT", "DIGITAL-DATA", "DIGITAL-DESIGN");

    private static final String[] FIRST_NAMES = {"Amélie", "Noah", "Chloé", "Liam", "Zoé", "Ethan", "Léa", "Omar",
        "Maya", "Lucas", "Inès", "Samuel", "Aisha", "Félix", "Nora", "Jakub", "Priya", "Mateo", "Sofia", "Kenji",
        "Rosalie", "Tariq"};

    private static final String[] LAST_NAMES = {"Gagnon", "Roy", "Singh", "Côté", "Bouchard", "Nguyen", "Wilson",
        "Lévesque", "Chen", "Morin", "Okafor", "Pelletier"};

    @Inject
    private GovStore store;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private RoleService roles;

    @Inject
    private MembershipService memberships;

    @Inject
    private JdbcSandboxUserStore users;

    @Inject
    private GuidelineService guidelines;

    @Inject
    private DemoProfiles profiles;

    @Inject
    private DemoWorkforce workforce;

    @Inject
    private SpaceService spaces;

    @Inject
    private SandboxPages pages;

    @Inject
    private Clock clock;

    /**
     * Creates the demo data unless the database already holds agencies or users, with the usual number of generated
     * employees.
     *
     * @return whether it created them
     * @throws GovException when creating fails (then nothing is created)
     */
    public boolean createIfEmpty() throws GovException
    {
        return createIfEmpty(GENERATED_EMPLOYEES);
    }

    /**
     * Creates the demo data unless the database already holds agencies or users. The first
     * {@link #GENERATED_EMPLOYEES} generated employees get full profiles; the others join as a government's workforce
     * does, through one HR import per agency (see {@link DemoWorkforce}).
     *
     * @param generated how many employees to generate besides the named users
     * @return whether it created them
     * @throws GovException when creating fails (then nothing is created, or, when an import fails, the named users and
     *     the imports recorded so far, which the import task goes on with)
     */
    public boolean createIfEmpty(int generated) throws GovException
    {
        int detailed = Math.min(generated, GENERATED_EMPLOYEES);
        // The password's hash, when the data was created: the generated workforce signs in with it too.
        Optional<String> createdWith = this.store.inTransaction(connection -> {
            if (this.users.count(connection) > 0 || !this.agencies.listAgencies().isEmpty()) {
                return Optional.empty();
            }
            createAgencies();
            String passwordHash = new PasswordHasher().hash(PASSWORD);
            List<DemoPerson> people = people(detailed);
            for (DemoPerson person : people) {
                this.users.insert(connection, new SandboxUser(person.login(), person.name(),
                    person.login() + "@demo.gov.example", person.locale()), passwordHash, this.clock.instant());
                String agency = person.agency();
                this.memberships.assign(Actor.system(), new Membership(person.login(), agency,
                    Optional.of(person.unit())));
                if (person.role().isPresent()) {
                    GovRole role = person.role().get();
                    this.roles.grant(Actor.system(), person.login(), role,
                        role.isAgencyScoped() ? Optional.of(agency) : Optional.empty());
                }
            }
            // A partner from outside the public service: a wiki user with no home agency, for guest access.
            this.users.insert(connection, new SandboxUser(PARTNER, "Pat Morgan", "pat@partner.example",
                Locale.ENGLISH), passwordHash, this.clock.instant());
            createGuideline();
            createSpace();
            this.profiles.create(people);
            for (String login : List.of("hana", "raj")) {
                this.users.addToGroup(connection, "HRCommunity", login);
            }
            for (String login : List.of("alice", "bob", "ada")) {
                this.users.addToGroup(connection, "SocialMediaTeam", login);
            }
            return Optional.of(passwordHash);
        });
        if (createdWith.isPresent() && generated > detailed) {
            this.workforce.join(detailed, generated - detailed, createdWith.get());
        }
        return createdWith.isPresent();
    }

    private void createGuideline() throws GovException
    {
        Actor hana = Actor.user("hana", "Hana Sato", Locale.ENGLISH);
        this.guidelines.create(hana, "SOCIAL_MEDIA", Optional.of("HEALTH"), new GuidelineContent(
            new Bilingual("Social media policy", "Politique sur les médias sociaux"),
            new Bilingual("""
                This policy applies to everyone in the Department, on the Department's accounts and on your own.

                = Who you speak for =

                When you use social media, say who you speak for: **yourself**, or the Department in an official
                capacity.

                = What you may publish =

                * Information that is already public.
                * Your own opinions, said as yours.

                Never publish information that is not public.

                = Conduct =

                Be courteous. Report threats and harassment:

                |=What happened|=Who to tell
                |A threat to you or a colleague|Your manager, the same day
                |A leak of information that is not public|The security office""",
                """
                Cette politique s’applique à tout le personnel du Ministère, sur les comptes du Ministère comme sur
                les vôtres.

                = Au nom de qui vous parlez =

                Lorsque vous utilisez les médias sociaux, dites au nom de qui vous parlez : **vous-même**, ou le
                Ministère à titre officiel.

                = Ce que vous pouvez publier =

                * Les renseignements déjà publics.
                * Vos propres opinions, présentées comme les vôtres.

                Ne publiez jamais de renseignements qui ne sont pas publics.

                = Conduite =

                Soyez courtois. Signalez les menaces et le harcèlement :

                |=Ce qui s’est passé|=À qui le dire
                |Une menace envers vous ou un collègue|Votre gestionnaire, le jour même
                |Une fuite de renseignements non publics|Le bureau de la sécurité"""),
            BodySyntax.XWIKI_21,
            new Bilingual("I have read the social media policy and will comply with it.",
                "J’ai lu la politique sur les médias sociaux et je m’y conformerai."),
            List.of(new Question(new Bilingual("May you post information that is not public?",
                "Pouvez-vous publier des renseignements qui ne sont pas publics ?"), List.of(
                    new Choice(new Bilingual("Yes, if it is interesting", "Oui, s’ils sont intéressants"), false),
                    new Choice(new Bilingual("No, never", "Non, jamais"), true)))), 1));
        this.guidelines.saveAudience(hana, "SOCIAL_MEDIA", new Audience(Set.of("HEALTH"), Set.of(), Set.of(),
            Set.of(), Set.of()), 14);
        this.guidelines.publish(hana, "SOCIAL_MEDIA", new PublicationRequest(VersionKind.MAJOR, "1.0",
            new Bilingual("First version.", "Première version."),
            Optional.of(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(30)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));
    }

    /** An open community of practice of HEALTH and DIGITAL, stewarded by alice and ada, with its first page. */
    private void createSpace() throws GovException
    {
        Actor alice = Actor.user("alice", "Alice Martin", Locale.ENGLISH);
        this.spaces.propose(alice, new SpaceCharter(DEMO_SPACE, new Bilingual("Open data community of practice",
            "Communauté de pratique des données ouvertes"), new Bilingual("Share how each agency publishes its open "
                + "data, and reuse each other's tools.", "Partager la façon dont chaque organisme publie ses données "
                + "ouvertes, et réutiliser les outils des uns et des autres."), "HEALTH", List.of("HEALTH", "DIGITAL"),
            List.of("alice", "ada"), "UNCLASSIFIED", MembershipPolicy.OPEN, 90, Optional.empty(), List.of()));
        this.spaces.approve(Actor.system(), DEMO_SPACE, "HEALTH");
        this.spaces.approve(Actor.system(), DEMO_SPACE, "DIGITAL");
        this.pages.create(alice, DEMO_SPACE, "Welcome", "= Welcome =\n\nThis space is for the people who publish "
            + "**open data** in HEALTH and DIGITAL.\n\n* Introduce yourself on [[Members' corner]].\n* Read the "
            + "[[open government portal>>https://open.canada.ca]].\n\n|=Agency|=Steward\n|HEALTH|Alice Martin\n"
            + "|DIGITAL|Ada Okafor");
    }

    private void createAgencies() throws GovException
    {
        agency("HEALTH", "Department of Health", "Ministère de la Santé", "DOH");
        unit("HEALTH-PH", "HEALTH", "Public Health", "Santé publique", null);
        unit("HEALTH-PH-EPI", "HEALTH", "Epidemiology", "Épidémiologie", "HEALTH-PH");
        unit("HEALTH-HR", "HEALTH", "Human Resources", "Ressources humaines", null);
        unit("HEALTH-IT", "HEALTH", "Digital Services", "Services numériques", null);
        agency("REVENUE", "Revenue Agency", "Agence du revenu", "RA");
        unit("REVENUE-AUDIT", "REVENUE", "Audit", "Vérification", null);
        unit("REVENUE-COLL", "REVENUE", "Collections", "Recouvrement", null);
        unit("REVENUE-HR", "REVENUE", "Human Resources", "Ressources humaines", null);
        agency("DIGITAL", "Digital Government Office", "Bureau du gouvernement numérique", "DGO");
        unit("DIGITAL-PLAT", "DIGITAL", "Platforms", "Plateformes", null);
        unit("DIGITAL-DATA", "DIGITAL", "Data", "Données", null);
        unit("DIGITAL-DESIGN", "DIGITAL", "Service Design", "Conception de services", null);
    }

    private void agency(String key, String english, String french, String acronym) throws GovException
    {
        this.agencies.createAgency(Actor.system(),
            new Agency(key, new Bilingual(english, french), acronym, Optional.empty()));
    }

    private void unit(String key, String agency, String english, String french, String parent) throws GovException
    {
        this.agencies.createUnit(Actor.system(),
            new OrgUnit(key, agency, new Bilingual(english, french), Optional.ofNullable(parent)));
    }

    /**
     * @param n a generated employee's number
     * @return the employee's name, drawn from a few first and last names
     */
    static String generatedName(int n)
    {
        return FIRST_NAMES[n % FIRST_NAMES.length] + ' '
            + LAST_NAMES[(n * 7 + n / FIRST_NAMES.length) % LAST_NAMES.length];
    }

    private static List<DemoPerson> people(int generated)
    {
        List<DemoPerson> people = new ArrayList<>(List.of(
            new DemoPerson("alice", "Alice Martin", "HEALTH-PH", Locale.ENGLISH, Optional.empty()),
            new DemoPerson("bob", "Bob Tremblay", "REVENUE-AUDIT", Locale.ENGLISH, Optional.empty()),
            new DemoPerson("hana", "Hana Sato", "HEALTH-HR", Locale.ENGLISH, Optional.of(GovRole.HR_OFFICER)),
            new DemoPerson("raj", "Raj Patel", "REVENUE-HR", Locale.ENGLISH, Optional.of(GovRole.HR_OFFICER)),
            new DemoPerson("ada", "Ada Okafor", "DIGITAL-PLAT", Locale.ENGLISH, Optional.of(GovRole.AGENCY_ADMIN)),
            new DemoPerson("gov", "Gabrielle Roy", "DIGITAL-DATA", Locale.FRENCH, Optional.of(GovRole.GOV_ADMIN)),
            new DemoPerson("omar", "Omar Haddad", "HEALTH-IT", Locale.ENGLISH, Optional.of(GovRole.AGENCY_ADMIN)),
            new DemoPerson("nadia", "Nadia Côté", "REVENUE-COLL", Locale.FRENCH,
                Optional.of(GovRole.AGENCY_ADMIN))));
        Set<String> logins = new HashSet<>();
        people.forEach(person -> logins.add(person.login()));
        for (int n = 0; n < generated; n++) {
            String name = generatedName(n);
            String base = ascii(name.replace(' ', '.'));
            String login = base;
            for (int suffix = 2; !logins.add(login); suffix++) {
                login = base + suffix;
            }
            Locale locale = n % 3 == 0 ? Locale.FRENCH : Locale.ENGLISH;
            people.add(new DemoPerson(login, name, UNITS.get(n % UNITS.size()), locale, Optional.empty()));
        }
        return people;
    }

    private static String ascii(String name)
    {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
