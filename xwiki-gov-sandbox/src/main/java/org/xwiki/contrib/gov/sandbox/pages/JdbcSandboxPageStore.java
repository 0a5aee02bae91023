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
package org.xwiki.contrib.gov.sandbox.pages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;

/**
 * The SQL of the sandbox's pages: the latest version of each in {@code gov_sandbox_page}, every version in
 * {@code gov_sandbox_page_version}.
 *
 * @version $Id$
 */
@Component(roles = JdbcSandboxPageStore.class)
@Singleton
public class JdbcSandboxPageStore
{
    private static final String COLUMNS = "space_key, page_name, title, content, version, author, saved_at";

    private static final String OF_PAGE = " WHERE space_key = ? AND page_name = ?";

    /**
     * @param connection a transaction
     * @param spaceKey the space
     * @param name the page
     * @return its latest version
     * @throws SQLException when the database fails
     */
    public Optional<SandboxPage> find(Connection connection, String spaceKey, String name) throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + " FROM gov_sandbox_page" + OF_PAGE,
            JdbcSandboxPageStore::page, spaceKey, name);
    }

    /**
     * @param connection a transaction
     * @param spaceKey the space
     * @param name the page
     * @param version a version
     * @return that version of the page
     * @throws SQLException when the database fails
     */
    public Optional<SandboxPage> findVersion(Connection connection, String spaceKey, String name, int version)
        throws SQLException
    {
        return queryOne(connection, "SELECT " + COLUMNS + " FROM gov_sandbox_page_version" + OF_PAGE
            + " AND version = ?", JdbcSandboxPageStore::page, spaceKey, name, version);
    }

    /**
     * @param connection a transaction
     * @param spaceKey the space
     * @param name the page
     * @return its versions, newest first
     * @throws SQLException when the database fails
     */
    public List<SandboxPage> listVersions(Connection connection, String spaceKey, String name) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_sandbox_page_version" + OF_PAGE
            + " ORDER BY version DESC", JdbcSandboxPageStore::page, spaceKey, name);
    }

    /**
     * @param connection a transaction
     * @param spaceKey the space
     * @param limit the largest number of pages
     * @return the latest version of its pages, the most recently saved first
     * @throws SQLException when the database fails
     */
    public List<SandboxPage> listLatest(Connection connection, String spaceKey, int limit) throws SQLException
    {
        return queryList(connection, "SELECT " + COLUMNS + " FROM gov_sandbox_page WHERE space_key = ? "
            + "ORDER BY saved_at DESC, page_name LIMIT ?", JdbcSandboxPageStore::page, spaceKey, limit);
    }

    /**
     * Writes a page's first version, unless a page of that name exists (then nothing is written).
     *
     * @param connection a transaction
     * @param page the first version
     * @return whether it was written
     * @throws SQLException when the database fails
     */
    public boolean create(Connection connection, SandboxPage page) throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO gov_sandbox_page (" + COLUMNS
            + ") SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM gov_sandbox_page" + OF_PAGE + ')')) {
            bind(insert, page);
            insert.setString(8, page.spaceKey());
            insert.setString(9, page.name());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        insertVersion(connection, page);
        return true;
    }

    /**
     * Writes a new version over the one it was edited from: nothing is written when someone saved another version
     * since (a conditional update, so two saves from the same version leave exactly one of them).
     *
     * @param connection a transaction
     * @param page the new version, numbered one above the version it was edited from
     * @return whether it was written
     * @throws SQLException when the database fails
     */
    public boolean update(Connection connection, SandboxPage page) throws SQLException
    {
        try (PreparedStatement update = connection.prepareStatement("UPDATE gov_sandbox_page SET title = ?, "
            + "content = ?, version = ?, author = ?, saved_at = ?" + OF_PAGE + " AND version = ?")) {
            update.setString(1, page.title());
            update.setString(2, page.content());
            update.setInt(3, page.version());
            update.setString(4, page.author());
            update.setLong(5, page.savedAt().toEpochMilli());
            update.setString(6, page.spaceKey());
            update.setString(7, page.name());
            update.setInt(8, page.version() - 1);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        insertVersion(connection, page);
        return true;
    }

    private static void insertVersion(Connection connection, SandboxPage page) throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO gov_sandbox_page_version (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, page);
            insert.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, SandboxPage page) throws SQLException
    {
        statement.setString(1, page.spaceKey());
        statement.setString(2, page.name());
        statement.setString(3, page.title());
        statement.setString(4, page.content());
        statement.setInt(5, page.version());
        statement.setString(6, page.author());
        statement.setLong(7, page.savedAt().toEpochMilli());
    }

    private static SandboxPage page(ResultSet row) throws SQLException
    {
        return new SandboxPage(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getInt(5), row.getString(6), Instant.ofEpochMilli(row.getLong(7)));
    }
}
