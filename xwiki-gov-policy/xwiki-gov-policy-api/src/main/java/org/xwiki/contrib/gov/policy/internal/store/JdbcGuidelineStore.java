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
package org.xwiki.contrib.gov.policy.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.Guideline;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineStatus;
import org.xwiki.contrib.gov.policy.GuidelineVersion;
import org.xwiki.contrib.gov.policy.VersionKind;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;
import static org.xwiki.contrib.gov.store.JdbcValues.setOptional;

/**
 * The SQL of guidelines, their audiences and their versions.
 *
 * @version $Id$
 */
@Component(roles = JdbcGuidelineStore.class)
@Singleton
public class JdbcGuidelineStore
{
    /** The audience kinds as stored. */
    public static final String AGENCY = "AGENCY";

    /** Units as HR named them, or (resolved) with their sub-units. */
    public static final String UNIT = "UNIT";

    /** Wiki groups. */
    public static final String GROUP = "GROUP";

    /** People named, or (resolved) named or in groups. */
    public static final String PERSON = "PERSON";

    /** People left out. */
    public static final String EXEMPT = "EXEMPT";

    private static final String GUIDELINE_COLUMNS =
        "guideline_key, agency_key, status, draft, joiner_grace_days, current_version, current_major";

    private static final String VERSION_COLUMNS = "guideline_key, version_number, label, kind, published_at, "
        + "published_by, summary_en, summary_fr, content, text_hash, due_day";

    private final ContentCodec codec = new ContentCodec();

    private final Map<String, DecodedDraft> drafts = new ConcurrentHashMap<>();

    /**
     * A draft's stored text and what it decodes to.
     */
    private record DecodedDraft(String json, GuidelineContent content)
    {
    }

    /**
     * @param connection the transaction's connection
     * @param guideline the new guideline
     * @param at when
     * @param actorId who creates it
     * @throws SQLException when the statement fails, with SQL state 23505 when the key is taken
     */
    public void insert(Connection connection, Guideline guideline, Instant at, String actorId) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_policy_guideline ("
            + GUIDELINE_COLUMNS + ", created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)")) {
            statement.setString(1, guideline.key());
            setOptional(statement, 2, guideline.agencyKey());
            statement.setString(3, guideline.status().name());
            statement.setString(4, this.codec.write(guideline.draft()));
            statement.setInt(5, guideline.joinerGraceDays());
            statement.setLong(6, at.toEpochMilli());
            statement.setString(7, actorId);
            statement.setLong(8, at.toEpochMilli());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection a connection
     * @param key a guideline key
     * @param lock whether to lock the row until the transaction ends (publications and reconciliations of one
     *     guideline queue on it)
     * @return the guideline, if it exists
     * @throws SQLException when the statement fails
     */
    public Optional<Guideline> find(Connection connection, String key, boolean lock) throws SQLException
    {
        return queryOne(connection, "SELECT " + GUIDELINE_COLUMNS + " FROM gov_policy_guideline WHERE guideline_key = ?"
            + (lock ? " FOR UPDATE" : ""), this::toGuideline, key);
    }

    /**
     * @param connection a connection
     * @param key a guideline's key
     * @return where its publication stands, if it exists; its draft is not read
     * @throws SQLException when the statement fails
     */
    public Optional<GuidelineStanding> findStanding(Connection connection, String key) throws SQLException
    {
        return queryOne(connection, "SELECT guideline_key, status, current_version, current_major "
            + "FROM gov_policy_guideline WHERE guideline_key = ?", row -> new GuidelineStanding(row.getString(1),
                GuidelineStatus.valueOf(row.getString(2)), row.getInt(3), row.getInt(4)), key);
    }

    /**
     * @param connection a connection
     * @return every guideline, by key
     * @throws SQLException when the statement fails
     */
    public List<Guideline> listAll(Connection connection) throws SQLException
    {
        return queryList(connection, "SELECT " + GUIDELINE_COLUMNS + " FROM gov_policy_guideline ORDER BY guideline_key",
            this::toGuideline);
    }

    /**
     * @param connection the transaction's connection
     * @param guideline the guideline with its new draft, status, grace days and version numbers
     * @param at when
     * @throws SQLException when the statement fails
     */
    public void update(Connection connection, Guideline guideline, Instant at) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE gov_policy_guideline SET status = ?, "
            + "draft = ?, joiner_grace_days = ?, current_version = ?, current_major = ?, updated_at = ? "
            + "WHERE guideline_key = ?")) {
            statement.setString(1, guideline.status().name());
            statement.setString(2, this.codec.write(guideline.draft()));
            statement.setInt(3, guideline.joinerGraceDays());
            statement.setInt(4, guideline.currentVersion());
            statement.setInt(5, guideline.currentMajor());
            statement.setLong(6, at.toEpochMilli());
            statement.setString(7, guideline.key());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param key the guideline
     * @param audience its new audience
     * @throws SQLException when a statement fails
     */
    public void replaceAudience(Connection connection, String key, Audience audience) throws SQLException
    {
        replaceRefs(connection, "gov_policy_audience", key, Map.of(AGENCY, audience.agencies(), UNIT,
            audience.units(), GROUP, audience.groups(), PERSON, audience.people(), EXEMPT, audience.exemptions()));
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @return its audience, as HR defined it
     * @throws SQLException when the statement fails
     */
    public Audience readAudience(Connection connection, String key) throws SQLException
    {
        Map<String, Set<String>> refs = Map.of(AGENCY, new HashSet<>(), UNIT, new HashSet<>(), GROUP,
            new HashSet<>(), PERSON, new HashSet<>(), EXEMPT, new HashSet<>());
        for (String[] row : queryList(connection,
            "SELECT kind, ref FROM gov_policy_audience WHERE guideline_key = ?",
            result -> new String[] {result.getString(1), result.getString(2)}, key)) {
            refs.get(row[0]).add(row[1]);
        }
        return new Audience(refs.get(AGENCY), refs.get(UNIT), refs.get(GROUP), refs.get(PERSON), refs.get(EXEMPT));
    }

    /**
     * @param connection the transaction's connection
     * @param key the guideline
     * @param units the units of the audience with all their sub-units
     * @param people the people named or in the audience's groups
     * @throws SQLException when a statement fails
     */
    public void replaceResolvedAudience(Connection connection, String key, Set<String> units, Set<String> people)
        throws SQLException
    {
        replaceRefs(connection, "gov_policy_audience_resolved", key, Map.of(UNIT, units, PERSON, people));
    }

    private static void replaceRefs(Connection connection, String table, String key,
        Map<String, ? extends Collection<String>> refs) throws SQLException
    {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
            + " WHERE guideline_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
            + " (guideline_key, kind, ref) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, ? extends Collection<String>> kind : refs.entrySet()) {
                for (String ref : kind.getValue()) {
                    insert.setString(1, key);
                    insert.setString(2, kind.getKey());
                    insert.setString(3, ref);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param version the new version
     * @throws SQLException when the statement fails
     */
    public void insertVersion(Connection connection, GuidelineVersion version) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO gov_policy_version ("
            + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, version.guidelineKey());
            statement.setInt(2, version.number());
            statement.setString(3, version.label());
            statement.setString(4, version.kind().name());
            statement.setLong(5, version.publishedAt().toEpochMilli());
            statement.setString(6, version.publishedBy());
            statement.setString(7, version.changeSummary().english());
            statement.setString(8, version.changeSummary().french());
            statement.setString(9, this.codec.write(version.content()));
            statement.setString(10, version.textHash());
            if (version.dueDate().isPresent()) {
                statement.setInt(11, (int) version.dueDate().get().toEpochDay());
            } else {
                statement.setNull(11, Types.INTEGER);
            }
            statement.executeUpdate();
        }
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @param number the version number
     * @return the version, if it exists
     * @throws SQLException when the statement fails
     */
    public Optional<GuidelineVersion> findVersion(Connection connection, String key, int number) throws SQLException
    {
        return queryOne(connection, "SELECT " + VERSION_COLUMNS
            + " FROM gov_policy_version WHERE guideline_key = ? AND version_number = ?", this::toVersion, key, number);
    }

    /**
     * @param connection a connection
     * @param key the guideline
     * @return its versions, newest first
     * @throws SQLException when the statement fails
     */
    public List<GuidelineVersion> listVersions(Connection connection, String key) throws SQLException
    {
        return queryList(connection, "SELECT " + VERSION_COLUMNS
            + " FROM gov_policy_version WHERE guideline_key = ? ORDER BY version_number DESC", this::toVersion, key);
    }

    private Guideline toGuideline(ResultSet row) throws SQLException
    {
        String key = row.getString(1);
        return new Guideline(key, Optional.ofNullable(row.getString(2)),
            GuidelineStatus.valueOf(row.getString(3)), draft(key, row.getString(4)), row.getInt(5),
            row.getInt(6), row.getInt(7));
    }

    /**
     * Every acknowledgement reads its guideline: its draft is decoded again only when its text changed.
     */
    private GuidelineContent draft(String key, String json)
    {
        DecodedDraft cached = this.drafts.get(key);
        if (cached != null && cached.json().equals(json)) {
            return cached.content();
        }
        GuidelineContent content = this.codec.read(json);
        this.drafts.put(key, new DecodedDraft(json, content));
        return content;
    }

    private GuidelineVersion toVersion(ResultSet row) throws SQLException
    {
        int dueDay = row.getInt(11);
        Optional<LocalDate> due = row.wasNull() ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(dueDay));
        return new GuidelineVersion(row.getString(1), row.getInt(2), row.getString(3),
            VersionKind.valueOf(row.getString(4)), Instant.ofEpochMilli(row.getLong(5)), row.getString(6),
            new Bilingual(row.getString(7), row.getString(8)), this.codec.read(row.getString(9)), row.getString(10),
            due);
    }
}
