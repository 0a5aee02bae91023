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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.profiles.ImportStatus;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.sandbox.users.JdbcSandboxUserStore;
import org.xwiki.contrib.gov.sandbox.users.SandboxUser;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * A large demo workforce (the load driver's government of 100,000 people), brought in the way a government's HR
 * brings its people in: teams of {@value #TEAM_SIZE} under the demo's units (a government of that size has thousands
 * of units, not ten), a sign-in account each, then one CSV import per agency by that agency's HR officer or
 * administrator, which checks every row, places people in their teams, audits and indexes them for the directory;
 * then the guidelines whose audience they joined are assigned to them. Their logins are {@code e} and their number
 * on six digits ({@code e000066}), their password the demo's.
 *
 * @version $Id$
 */
@Component(roles = DemoWorkforce.class)
@Singleton
public class DemoWorkforce
{
    /** How many people a team holds at most. */
    static final int TEAM_SIZE = 100;

    /** Who imports each agency's people. */
    private static final Map<String, String> IMPORTERS = Map.of("HEALTH", "hana", "REVENUE", "raj", "DIGITAL",
        "ada");

    @Inject
    private GovStore store;

    @Inject
    private JdbcSandboxUserStore users;

    @Inject
    private ProfileImportService imports;

    @Inject
    private AgencyRegistry agencies;

    /** The task that assigns guidelines to people who joined their audience, run once the imports are done. */
    @Inject
    @Named("policy-audiences")
    private GovTask audiences;

    @Inject
    private Clock clock;

    /**
     * @param n a generated employee's number
     * @return the employee's login
     */
    public static String loginOf(int n)
    {
        return String.format(Locale.ROOT, "e%06d", n);
    }

    /**
     * Brings generated employees in.
     *
     * @param first the number of the first, after those already generated
     * @param count how many
     * @param passwordHash the demo's password, hashed by
     *     {@link org.xwiki.contrib.gov.sandbox.users.PasswordHasher}
     * @throws GovException when an import is refused or fails (it then stands after its last complete chunk, and the
     *     import task goes on with it)
     */
    public void join(int first, int count, String passwordHash) throws GovException
    {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        List<SandboxUser> accounts = new ArrayList<>(count);
        Set<String> teams = new HashSet<>();
        for (int n = first; n < first + count; n++) {
            String parent = DemoData.UNITS.get(n % DemoData.UNITS.size());
            String unit = teamOf(parent, (n - first) / (DemoData.UNITS.size() * TEAM_SIZE));
            if (teams.add(unit)) {
                createTeam(unit, parent);
            }
            String login = loginOf(n);
            String name = DemoData.generatedName(n);
            accounts.add(new SandboxUser(login, name, login + "@demo.gov.example",
                n % 3 == 0 ? Locale.FRENCH : Locale.ENGLISH));
            files.computeIfAbsent(unit.substring(0, unit.indexOf('-')),
                agency -> new StringBuilder("user_id,display_name,unit,position_title,classification\n"))
                .append(String.join(",", login, name, unit, DemoProfiles.titleOf(parent), n % 2 == 0 ? "EC-05"
                    : "CS-03"))
                .append('\n');
        }
        this.store.inTransaction(connection -> {
            this.users.insertAll(connection, accounts, passwordHash, this.clock.instant());
            return null;
        });
        for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
            String importer = IMPORTERS.get(file.getKey());
            Actor hr = Actor.user(importer, importer, Locale.ENGLISH);
            ImportStatus started = this.imports.start(hr, file.getKey(), false,
                new ByteArrayInputStream(file.getValue().toString().getBytes(StandardCharsets.UTF_8)));
            this.imports.run(hr, started.importId());
        }
        // The task would assign them within minutes; the demo's newcomers have their guidelines from the start.
        this.audiences.run();
    }

    /**
     * @param parent one of the demo's units
     * @param team a team's number under it, from 0
     * @return the team's unit key
     */
    static String teamOf(String parent, int team)
    {
        return String.format(Locale.ROOT, "%s-T%03d", parent, team + 1);
    }

    private void createTeam(String key, String parentKey) throws GovException
    {
        OrgUnit parent = this.agencies.getUnit(parentKey).orElseThrow();
        String number = key.substring(key.lastIndexOf('T') + 1);
        this.agencies.createUnit(Actor.system(), new OrgUnit(key, parent.agencyKey(), new Bilingual(
            parent.name().english() + ", team " + number, parent.name().french() + ", équipe " + number),
            Optional.of(parentKey)));
    }
}
