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
package org.xwiki.contrib.gov.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The profiles of the benchmark's people, computed from their index: a name, a position, a city, four skills out of a
 * vocabulary of {@value #VOCABULARY_SIZE}, a biography naming three of them, English and for some French or Spanish.
 * One person in ten shows their skills to their own agency only. They go straight into the profile tables, as a
 * migration from an older directory would put them there; the benchmark then measures building the index from them.
 *
 * @version $Id$
 */
final class ProfilePopulation
{
    /** How many distinct skills. */
    static final int VOCABULARY_SIZE = 120;

    private static final String[] DOMAINS = {"data", "policy", "health", "tax", "procurement", "cyber security",
        "climate", "housing", "transport", "education", "statistics", "privacy", "web", "cloud", "finance", "audit",
        "legal", "communications", "workforce", "project", "risk", "energy", "agriculture", "immigration"};

    private static final String[] PRACTICES = {"analysis", "research", "management", "design", "evaluation"};

    private static final String[] FIRST_NAMES = {"Alice", "Bruno", "Chloé", "Dev", "Emma", "Farid", "Grace", "Hugo",
        "Ines", "Jonah", "Kiri", "Léa", "Malik", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Samuel", "Tara", "Ugo",
        "Vera", "Wen", "Xavier", "Yasmin", "Zoé", "Amara", "Bastien", "Camille", "Dara", "Élodie", "Finn"};

    private static final String[] LAST_NAMES = {"Martin", "Nguyen", "Tremblay", "Singh", "Roy", "Bouchard", "Okafor",
        "Gagnon", "Kowalski", "Chen", "Lefebvre", "Haddad", "Morin", "Dubois", "Sato", "Ahmed", "Pelletier", "Garcia",
        "Côté", "Murphy", "Fortin", "Ivanova", "Lavoie", "Osei", "Bergeron", "Kim", "Leblanc", "Rossi", "Gauthier",
        "Mensah", "Fournier", "Silva"};

    private static final String[] TITLES = {"Policy analyst", "Data scientist", "Program officer", "Senior advisor",
        "Economist", "Project manager", "Developer", "Statistician", "Auditor", "Communications advisor",
        "Research officer", "Team lead", "Legal counsel", "Procurement officer", "Epidemiologist", "Inspector"};

    private static final String[] CITIES = {"Ottawa", "Gatineau", "Montréal", "Toronto", "Vancouver", "Halifax",
        "Winnipeg", "Edmonton", "Québec", "Regina", "Moncton", "Victoria"};

    private final Population population;

    /**
     * @param population the people, their agencies and units
     */
    ProfilePopulation(Population population)
    {
        this.population = population;
    }

    /**
     * @param n any number
     * @return one of the skills
     */
    static String skill(int n)
    {
        int index = Math.floorMod(n, VOCABULARY_SIZE);
        return DOMAINS[index / PRACTICES.length] + ' ' + PRACTICES[index % PRACTICES.length];
    }

    /**
     * @param index a person's index
     * @param k which of their four skills
     * @return that skill
     */
    static String skillOf(int index, int k)
    {
        return skill(index * 31 + index / 7 + k * 17);
    }

    /**
     * @param index a person's index
     * @return their display name
     */
    static String nameOf(int index)
    {
        return FIRST_NAMES[index % FIRST_NAMES.length] + ' '
            + LAST_NAMES[(index / FIRST_NAMES.length) % LAST_NAMES.length];
    }

    /**
     * @param index a person's index
     * @return their position
     */
    static String titleOf(int index)
    {
        return TITLES[(index / 3) % TITLES.length];
    }

    /**
     * @param index a person's index
     * @return whether they speak French
     */
    static boolean speaksFrench(int index)
    {
        return mix(index) % 5 < 2;
    }

    /**
     * @param index a person's index
     * @return a number that does not follow the index, so that the people who speak French or hide their skills
     *     are spread over every agency (the agency follows the index modulo the number of agencies)
     */
    private static int mix(int index)
    {
        return (int) ((index * 2_654_435_761L >>> 8) & 0xFFFF);
    }

    /**
     * Gives every person a profile with skills, languages and, for one in ten, skills shown to their agency only.
     *
     * @param dataSource the kernel's store
     * @throws SQLException when the store fails
     */
    void load(DataSource dataSource) throws SQLException
    {
        try (Connection connection = dataSource.getConnection();
            PreparedStatement profile = connection.prepareStatement("INSERT INTO gov_profile (user_id, display_name, "
                + "position_title, location, email, bio, open_to_collaboration, active, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)");
            PreparedStatement skill = connection.prepareStatement(
                "INSERT INTO gov_profile_skill (user_id, skill, position) VALUES (?, ?, ?)");
            PreparedStatement language = connection.prepareStatement(
                "INSERT INTO gov_profile_language (user_id, language_tag, proficiency, position) VALUES (?, ?, ?, ?)");
            PreparedStatement visibility = connection.prepareStatement(
                "INSERT INTO gov_profile_visibility (user_id, field_name, visibility) VALUES (?, 'SKILLS', 'AGENCY')")) {
            connection.setAutoCommit(false);
            long now = System.currentTimeMillis();
            for (int index = 0; index < this.population.size(); index++) {
                String userId = this.population.userId(index);
                profile.setString(1, userId);
                profile.setString(2, nameOf(index));
                profile.setString(3, titleOf(index));
                profile.setString(4, CITIES[index % CITIES.length]);
                profile.setString(5, userId + "@example.gov");
                profile.setString(6, "Works on " + skillOf(index, 0) + " and " + skillOf(index, 1) + " for the "
                    + this.population.unitKey(index) + " team; interested in " + skillOf(index, 2) + '.');
                profile.setBoolean(7, index % 3 == 0);
                profile.setLong(8, now);
                profile.addBatch();
                for (int k = 0; k < 4; k++) {
                    skill.setString(1, userId);
                    skill.setString(2, skillOf(index, k));
                    skill.setInt(3, k);
                    skill.addBatch();
                }
                addLanguages(language, userId, index);
                if (mix(index) % 10 == 7) {
                    visibility.setString(1, userId);
                    visibility.addBatch();
                }
                if ((index + 1) % Population.BATCH == 0) {
                    executeAll(profile, skill, language, visibility);
                    connection.commit();
                }
            }
            executeAll(profile, skill, language, visibility);
            connection.commit();
        }
    }

    /**
     * The rows of an HR import into the first agency: a quarter promote people of that agency (a new position and
     * classification), the rest bring newcomers {@code n0000000}, {@code n0000001}... into its units.
     *
     * @param rows how many rows
     * @return each row's user id, display name, unit, position and classification
     */
    List<String[]> importRows(int rows)
    {
        List<String[]> all = new ArrayList<>();
        int existing = rows / 4;
        for (int n = 0; n < rows; n++) {
            if (n < existing) {
                // People of the first agency: indexes 0, agencies, 2 * agencies...
                int index = n * this.population.agencies();
                all.add(new String[] {this.population.userId(index), nameOf(index), this.population.unitKey(index),
                    "Senior " + titleOf(index).toLowerCase(Locale.ROOT), "EC-05"});
            } else {
                int newcomer = n - existing;
                all.add(new String[] {newcomerId(newcomer), nameOf(newcomer + 7),
                    this.population.unitKey(newcomer * this.population.agencies()), titleOf(newcomer), "EC-03"});
            }
        }
        return all;
    }

    /**
     * @param rows the rows of {@link #importRows}
     * @return them as the CSV file an HR system exports, UTF-8
     */
    static byte[] toCsv(List<String[]> rows)
    {
        StringBuilder csv = new StringBuilder("user_id,display_name,unit,position_title,classification\n");
        for (String[] row : rows) {
            csv.append(String.join(",", row)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param rows how many rows the import file holds
     * @return the user ids of its newcomers
     */
    static List<String> newcomers(int rows)
    {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < rows - rows / 4; n++) {
            ids.add(newcomerId(n));
        }
        return ids;
    }

    private static String newcomerId(int n)
    {
        return String.format("n%07d", n);
    }

    private static void addLanguages(PreparedStatement language, String userId, int index) throws SQLException
    {
        List<String[]> spoken = new ArrayList<>();
        spoken.add(new String[] {"en", "ADVANCED"});
        if (speaksFrench(index)) {
            spoken.add(new String[] {"fr", mix(index) % 5 == 0 ? "ADVANCED" : "INTERMEDIATE"});
        }
        if (mix(index) % 20 == 3) {
            spoken.add(new String[] {"es", "BASIC"});
        }
        for (int position = 0; position < spoken.size(); position++) {
            language.setString(1, userId);
            language.setString(2, spoken.get(position)[0]);
            language.setString(3, spoken.get(position)[1]);
            language.setInt(4, position);
            language.addBatch();
        }
    }

    private static void executeAll(PreparedStatement... statements) throws SQLException
    {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }
}
