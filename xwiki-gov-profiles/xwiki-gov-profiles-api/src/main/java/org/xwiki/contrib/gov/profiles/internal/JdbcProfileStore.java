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
package org.xwiki.contrib.gov.profiles.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.LanguageSkill;
import org.xwiki.contrib.gov.profiles.LinkCapacity;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.PersonalField;
import org.xwiki.contrib.gov.profiles.ProfessionalLink;
import org.xwiki.contrib.gov.profiles.Proficiency;
import org.xwiki.contrib.gov.profiles.Profile;
import org.xwiki.contrib.gov.profiles.Visibility;
import org.xwiki.contrib.gov.store.JdbcValues;

import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;
import static org.xwiki.contrib.gov.store.JdbcValues.setOptional;

/**
 * Reads and writes profiles and their skills, languages, links and visibilities (a field the person did not choose
 * takes their agency's default, see {@link JdbcVisibilityDefaults}). Every method runs on the caller's connection,
 * inside the caller's transaction.
 *
 * @version $Id$
 */
@Component(roles = JdbcProfileStore.class)
@Singleton
public class JdbcProfileStore
{
    @Inject
    private JdbcVisibilityDefaults visibilityDefaults;

    private static final String CREATE_IF_MISSING = "INSERT INTO gov_profile (user_id, display_name, "
        + "open_to_collaboration, active, updated_at) SELECT ?, ?, FALSE, TRUE, ? "
        + "WHERE NOT EXISTS (SELECT 1 FROM gov_profile WHERE user_id = ?)";

    private static final String PROFILE_QUERY = "SELECT p.user_id, p.display_name, p.position_title, "
        + "p.classification, p.manager_id, p.preferred_name, p.pronouns, p.location, p.phone, p.email, p.bio, "
        + "p.open_to_collaboration, p.availability_note, p.active, p.updated_at, m.agency_key, m.unit_key "
        + "FROM gov_profile p LEFT JOIN gov_membership m ON m.user_id = p.user_id WHERE ";

    private static final String ONE_USER = "user_id = ?";

    private static final String USER_RANGE = "user_id > ? AND user_id <= ?";

    private static final String ORDER = " ORDER BY user_id, position";

    /**
     * @param connection the connection
     * @param userId a person
     * @return their profile, if they have one
     * @throws SQLException when the database fails
     */
    public Optional<Profile> find(Connection connection, String userId) throws SQLException
    {
        return load(connection, ONE_USER, userId).stream().findFirst();
    }

    /**
     * Reads several profiles at once, for bringing the search index up to date after many changes (an import).
     *
     * @param connection the connection
     * @param userIds people
     * @return the profiles of those who have one, active or not
     * @throws SQLException when the database fails
     */
    public List<Profile> findAll(Connection connection, Collection<String> userIds) throws SQLException
    {
        List<Profile> found = new ArrayList<>();
        for (List<String> slice : JdbcValues.slices(userIds)) {
            found.addAll(load(connection, "user_id IN (" + JdbcValues.placeholders(slice.size()) + ')',
                slice.toArray()));
        }
        return found;
    }

    /**
     * Reads profiles in user id order, for rebuilding the search index a slice at a time.
     *
     * @param connection the connection
     * @param afterUserId the last user id of the previous slice ({@code ""} to start)
     * @param limit the most profiles
     * @return the next profiles, active or not, in user id order
     * @throws SQLException when the database fails
     */
    public List<Profile> findAfter(Connection connection, String afterUserId, int limit) throws SQLException
    {
        Optional<String> last;
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT MAX(user_id) FROM (SELECT user_id FROM gov_profile WHERE user_id > ? ORDER BY user_id "
                + "FETCH FIRST ? ROWS ONLY) slice")) {
            statement.setString(1, afterUserId);
            statement.setInt(2, limit);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                last = Optional.ofNullable(result.getString(1));
            }
        }
        return last.isEmpty() ? List.of() : load(connection, USER_RANGE, afterUserId, last.get());
    }

    private List<Profile> load(Connection connection, String where, Object... parameters) throws SQLException
    {
        Map<String, ProfileRow> rows = new LinkedHashMap<>();
        for (ProfileRow row : JdbcValues.queryList(connection,
            PROFILE_QUERY + where.replace("user_id", "p.user_id") + " ORDER BY p.user_id",
            ProfileRow::read, parameters)) {
            rows.put(row.userId(), row);
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> skills = new HashMap<>();
        for (String[] skill : JdbcValues.queryList(connection,
            "SELECT user_id, skill FROM gov_profile_skill WHERE " + where + ORDER,
            result -> new String[] {result.getString(1), result.getString(2)}, parameters)) {
            skills.computeIfAbsent(skill[0], key -> new ArrayList<>()).add(skill[1]);
        }
        Map<String, List<LanguageSkill>> languages = new HashMap<>();
        for (Object[] language : JdbcValues.queryList(connection,
            "SELECT user_id, language_tag, proficiency FROM gov_profile_language WHERE " + where + ORDER,
            result -> new Object[] {result.getString(1),
                new LanguageSkill(result.getString(2), Proficiency.valueOf(result.getString(3)))},
            parameters)) {
            languages.computeIfAbsent((String) language[0], key -> new ArrayList<>()).add((LanguageSkill) language[1]);
        }
        Map<String, List<ProfessionalLink>> links = new HashMap<>();
        for (Object[] link : JdbcValues.queryList(connection,
            "SELECT user_id, label, url, capacity FROM gov_profile_link WHERE " + where + ORDER,
            result -> new Object[] {result.getString(1), new ProfessionalLink(result.getString(2),
                result.getString(3), LinkCapacity.valueOf(result.getString(4)))},
            parameters)) {
            links.computeIfAbsent((String) link[0], key -> new ArrayList<>()).add((ProfessionalLink) link[1]);
        }
        Map<String, Map<PersonalField, Visibility>> chosen = new HashMap<>();
        for (String[] visibility : JdbcValues.queryList(connection,
            "SELECT user_id, field_name, visibility FROM gov_profile_visibility WHERE " + where,
            result -> new String[] {result.getString(1), result.getString(2), result.getString(3)}, parameters)) {
            chosen.computeIfAbsent(visibility[0], key -> new EnumMap<>(PersonalField.class))
                .put(PersonalField.valueOf(visibility[1]), Visibility.valueOf(visibility[2]));
        }
        Map<String, Map<PersonalField, Visibility>> defaults = this.visibilityDefaults.readAll(connection);
        List<Profile> profiles = new ArrayList<>(rows.size());
        for (ProfileRow row : rows.values()) {
            Map<PersonalField, Visibility> visibilities = new EnumMap<>(PersonalField.class);
            row.agencyKey().map(defaults::get).ifPresent(visibilities::putAll);
            visibilities.putAll(chosen.getOrDefault(row.userId(), Map.of()));
            profiles.add(row.toProfile(skills.getOrDefault(row.userId(), List.of()),
                languages.getOrDefault(row.userId(), List.of()), links.getOrDefault(row.userId(), List.of()),
                visibilities));
        }
        return profiles;
    }

    /**
     * Creates an empty, active profile unless the person has one.
     *
     * @param connection the connection
     * @param userId the person
     * @param displayName their name
     * @param now the time, epoch milliseconds
     * @return whether the profile was created
     * @throws SQLException when the database fails
     */
    public boolean createIfMissing(Connection connection, String userId, String displayName, long now)
        throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(CREATE_IF_MISSING)) {
            setCreated(statement, userId, displayName, now);
            return statement.executeUpdate() == 1;
        }
    }

    private static void setCreated(PreparedStatement statement, String userId, String displayName, long now)
        throws SQLException
    {
        statement.setString(1, userId);
        statement.setString(2, displayName);
        statement.setLong(3, now);
        statement.setString(4, userId);
    }

    /**
     * Creates empty, active profiles for the people who have none, in one batch.
     *
     * @param connection the connection
     * @param displayNames the people's names, by user id
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void createAllMissing(Connection connection, Map<String, String> displayNames, long now)
        throws SQLException
    {
        if (displayNames.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(CREATE_IF_MISSING)) {
            for (Map.Entry<String, String> person : displayNames.entrySet()) {
                setCreated(statement, person.getKey(), person.getValue(), now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Locks a profile row until the end of the transaction, so that concurrent changes to one person queue.
     *
     * @param connection the connection
     * @param userId the person
     * @return whether the person has a profile
     * @throws SQLException when the database fails
     */
    public boolean lock(Connection connection, String userId) throws SQLException
    {
        return JdbcValues.queryOne(connection, "SELECT user_id FROM gov_profile WHERE user_id = ? FOR UPDATE",
            result -> result.getString(1), userId).isPresent();
    }

    /**
     * Locks the profile rows of many people until the end of the transaction, as {@link #lock} does for one.
     *
     * @param connection the connection
     * @param userIds the people
     * @throws SQLException when the database fails
     */
    public void lockAll(Connection connection, Collection<String> userIds) throws SQLException
    {
        for (List<String> slice : JdbcValues.slices(userIds)) {
            JdbcValues.queryList(connection, "SELECT user_id FROM gov_profile WHERE user_id IN ("
                + JdbcValues.placeholders(slice.size()) + ") FOR UPDATE", result -> result.getString(1),
                slice.toArray());
        }
    }

    /**
     * @param connection the connection
     * @param userId the person, who has a profile
     * @param hr the new HR-owned fields
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void updateHr(Connection connection, String userId, HrFields hr, long now) throws SQLException
    {
        updateAllHr(connection, Map.of(userId, hr), now);
    }

    /**
     * @param connection the connection
     * @param hr the new HR-owned fields of people who have a profile, by user id, written in one batch
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void updateAllHr(Connection connection, Map<String, HrFields> hr, long now) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_profile SET display_name = ?, "
            + "position_title = ?, classification = ?, manager_id = ?, updated_at = ? WHERE user_id = ?")) {
            for (Map.Entry<String, HrFields> person : hr.entrySet()) {
                HrFields fields = person.getValue();
                statement.setString(1, fields.displayName());
                setOptional(statement, 2, fields.positionTitle());
                setOptional(statement, 3, fields.classification());
                setOptional(statement, 4, fields.managerId());
                statement.setLong(5, now);
                statement.setString(6, person.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * @param connection the connection
     * @param userId the person, who has a profile
     * @param active whether the person is active (a deactivated profile is kept, out of the directory)
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void setActive(Connection connection, String userId, boolean active, long now) throws SQLException
    {
        try (PreparedStatement statement =
            connection.prepareStatement("UPDATE gov_profile SET active = ?, updated_at = ? WHERE user_id = ?")) {
            statement.setBoolean(1, active);
            statement.setLong(2, now);
            statement.setString(3, userId);
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the connection
     * @param userId a person
     * @return whether HR deactivated the person's profile (someone without a profile is not deactivated)
     * @throws SQLException when the database fails
     */
    public boolean isDeactivated(Connection connection, String userId) throws SQLException
    {
        return queryOne(connection, "SELECT active FROM gov_profile WHERE user_id = ?", row -> !row.getBoolean(1),
            userId).orElse(false);
    }

    /**
     * Replaces the person-owned fields and sets the visibilities given.
     *
     * @param connection the connection
     * @param userId the person, who has a profile
     * @param details the new values
     * @param visibilities the visibilities to set (fields left out keep theirs)
     * @param now the time, epoch milliseconds
     * @throws SQLException when the database fails
     */
    public void updatePersonal(Connection connection, String userId, PersonalDetails details,
        Map<PersonalField, Visibility> visibilities, long now) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_profile SET preferred_name = ?, "
            + "pronouns = ?, location = ?, phone = ?, email = ?, bio = ?, open_to_collaboration = ?, "
            + "availability_note = ?, updated_at = ? WHERE user_id = ?")) {
            setOptional(statement, 1, details.preferredName());
            setOptional(statement, 2, details.pronouns());
            setOptional(statement, 3, details.location());
            setOptional(statement, 4, details.phone());
            setOptional(statement, 5, details.email());
            setOptional(statement, 6, details.bio());
            statement.setBoolean(7, details.openToCrossAgencyWork());
            setOptional(statement, 8, details.availabilityNote());
            statement.setLong(9, now);
            statement.setString(10, userId);
            statement.executeUpdate();
        }
        deleteChildren(connection, userId, "gov_profile_skill", "gov_profile_language", "gov_profile_link");
        insertRows(connection, "INSERT INTO gov_profile_skill (user_id, skill, position) VALUES (?, ?, ?)", userId,
            details.skills(), (statement, skill) -> statement.setString(2, skill));
        insertRows(connection,
            "INSERT INTO gov_profile_language (user_id, language_tag, proficiency, position) VALUES (?, ?, ?, ?)",
            userId, details.languages(), (statement, language) -> {
                statement.setString(2, language.languageTag());
                statement.setString(3, language.proficiency().name());
            });
        insertRows(connection,
            "INSERT INTO gov_profile_link (user_id, label, url, capacity, position) VALUES (?, ?, ?, ?, ?)", userId,
            details.links(), (statement, link) -> {
                statement.setString(2, link.label());
                statement.setString(3, link.url());
                statement.setString(4, link.capacity().name());
            });
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM gov_profile_visibility WHERE user_id = ? AND field_name = ?");
            PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO gov_profile_visibility (user_id, field_name, visibility) VALUES (?, ?, ?)")) {
            for (Map.Entry<PersonalField, Visibility> entry : visibilities.entrySet()) {
                delete.setString(1, userId);
                delete.setString(2, entry.getKey().name());
                delete.executeUpdate();
                insert.setString(1, userId);
                insert.setString(2, entry.getKey().name());
                insert.setString(3, entry.getValue().name());
                insert.executeUpdate();
            }
        }
    }

    private static void deleteChildren(Connection connection, String userId, String... tables) throws SQLException
    {
        for (String table : tables) {
            try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM " + table + " WHERE user_id = ?")) {
                statement.setString(1, userId);
                statement.executeUpdate();
            }
        }
    }

    @FunctionalInterface
    private interface RowBinder<T>
    {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    /** Binds the user id first, each value's own columns next, its position last. */
    private static <T> void insertRows(Connection connection, String sql, String userId, List<T> values,
        RowBinder<T> binder) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int positionIndex = statement.getParameterMetaData().getParameterCount();
            for (int position = 0; position < values.size(); position++) {
                statement.setString(1, userId);
                binder.bind(statement, values.get(position));
                statement.setInt(positionIndex, position);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The columns of one profile row, before its skills, languages, links and visibilities are attached. */
    private record ProfileRow(String userId, HrFields hr, PersonalDetails scalars, boolean active, long updatedAt,
        Optional<String> agencyKey, Optional<String> unitKey)
    {
        static ProfileRow read(ResultSet result) throws SQLException
        {
            HrFields hr = new HrFields(result.getString(2), optional(result, 3), optional(result, 4),
                optional(result, 5));
            PersonalDetails scalars = new PersonalDetails(optional(result, 6), optional(result, 7),
                optional(result, 8), optional(result, 9), optional(result, 10), List.of(), List.of(),
                optional(result, 11), result.getBoolean(12), optional(result, 13), List.of());
            return new ProfileRow(result.getString(1), hr, scalars, result.getBoolean(14), result.getLong(15),
                optional(result, 16), optional(result, 17));
        }

        private static Optional<String> optional(ResultSet result, int column) throws SQLException
        {
            return Optional.ofNullable(result.getString(column));
        }

        Profile toProfile(List<String> skills, List<LanguageSkill> languages, List<ProfessionalLink> links,
            Map<PersonalField, Visibility> visibilities)
        {
            PersonalDetails details = new PersonalDetails(this.scalars.preferredName(), this.scalars.pronouns(),
                this.scalars.location(), this.scalars.phone(), this.scalars.email(), languages, skills,
                this.scalars.bio(), this.scalars.openToCrossAgencyWork(), this.scalars.availabilityNote(), links);
            return new Profile(this.userId, this.agencyKey, this.unitKey, this.hr, details, visibilities, this.active,
                this.updatedAt);
        }
    }
}
