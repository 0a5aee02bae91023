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
package org.xwiki.contrib.gov.agency.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.OrgUnit;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;
import static org.xwiki.contrib.gov.store.JdbcValues.queryOne;
import static org.xwiki.contrib.gov.store.JdbcValues.setOptional;

/**
 * The SQL of agencies and units.
 *
 * @version $Id$
 */
@Component(roles = JdbcAgencyStore.class)
@Singleton
public class JdbcAgencyStore
{
    private static final String AGENCY_COLUMNS = "agency_key, name_en, name_fr, acronym, parent_key";

    private static final String UNIT_COLUMNS = "unit_key, agency_key, name_en, name_fr, parent_key";

    /**
     * @param connection the transaction's connection
     * @param agency the new agency
     * @param createdAt when it is created
     * @throws SQLException when the statement fails, with SQL state 23505 when the key is taken
     */
    public void insertAgency(Connection connection, Agency agency, Instant createdAt) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "INSERT INTO gov_agency (" + AGENCY_COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, agency.key());
            statement.setString(2, agency.name().english());
            statement.setString(3, agency.name().french());
            statement.setString(4, agency.acronym());
            setOptional(statement, 5, agency.parentKey());
            statement.setLong(6, createdAt.toEpochMilli());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param agencyKey the agency
     * @param name the new names
     * @param acronym the new acronym
     * @return whether the agency exists
     * @throws SQLException when the statement fails
     */
    public boolean renameAgency(Connection connection, String agencyKey, Bilingual name, String acronym)
        throws SQLException
    {
        try (PreparedStatement statement = connection
            .prepareStatement("UPDATE gov_agency SET name_en = ?, name_fr = ?, acronym = ? WHERE agency_key = ?")) {
            statement.setString(1, name.english());
            statement.setString(2, name.french());
            statement.setString(3, acronym);
            statement.setString(4, agencyKey);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * @param connection a connection
     * @param agencyKey an agency key
     * @return the agency, if it exists
     * @throws SQLException when the statement fails
     */
    public Optional<Agency> getAgency(Connection connection, String agencyKey) throws SQLException
    {
        return queryOne(connection, "SELECT " + AGENCY_COLUMNS + " FROM gov_agency WHERE agency_key = ?",
            JdbcAgencyStore::toAgency, agencyKey);
    }

    /**
     * @param connection a connection
     * @return every agency, by key
     * @throws SQLException when the statement fails
     */
    public List<Agency> listAgencies(Connection connection) throws SQLException
    {
        return queryList(connection, "SELECT " + AGENCY_COLUMNS + " FROM gov_agency ORDER BY agency_key",
            JdbcAgencyStore::toAgency);
    }

    /**
     * @param connection the transaction's connection
     * @param unit the new unit
     * @param createdAt when it is created
     * @throws SQLException when the statement fails, with SQL state 23505 when the key is taken
     */
    public void insertUnit(Connection connection, OrgUnit unit, Instant createdAt) throws SQLException
    {
        try (PreparedStatement statement = connection.prepareStatement(
            "INSERT INTO gov_unit (" + UNIT_COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, unit.key());
            statement.setString(2, unit.agencyKey());
            statement.setString(3, unit.name().english());
            statement.setString(4, unit.name().french());
            setOptional(statement, 5, unit.parentKey());
            statement.setLong(6, createdAt.toEpochMilli());
            statement.executeUpdate();
        }
    }

    /**
     * @param connection the transaction's connection
     * @param unitKey the unit
     * @param name the new names
     * @return whether the unit exists
     * @throws SQLException when the statement fails
     */
    public boolean renameUnit(Connection connection, String unitKey, Bilingual name) throws SQLException
    {
        try (PreparedStatement statement =
            connection.prepareStatement("UPDATE gov_unit SET name_en = ?, name_fr = ? WHERE unit_key = ?")) {
            statement.setString(1, name.english());
            statement.setString(2, name.french());
            statement.setString(3, unitKey);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * @param connection a connection
     * @param unitKey a unit key
     * @return the unit, if it exists
     * @throws SQLException when the statement fails
     */
    public Optional<OrgUnit> getUnit(Connection connection, String unitKey) throws SQLException
    {
        return queryOne(connection, "SELECT " + UNIT_COLUMNS + " FROM gov_unit WHERE unit_key = ?",
            JdbcAgencyStore::toUnit, unitKey);
    }

    /**
     * @param connection a connection
     * @param agencyKey an agency key
     * @return the agency's units, by key
     * @throws SQLException when the statement fails
     */
    public List<OrgUnit> listUnits(Connection connection, String agencyKey) throws SQLException
    {
        return queryList(connection,
            "SELECT " + UNIT_COLUMNS + " FROM gov_unit WHERE agency_key = ? ORDER BY unit_key", JdbcAgencyStore::toUnit,
            agencyKey);
    }

    private static Agency toAgency(ResultSet result) throws SQLException
    {
        return new Agency(result.getString(1), new Bilingual(result.getString(2), result.getString(3)),
            result.getString(4), Optional.ofNullable(result.getString(5)));
    }

    private static OrgUnit toUnit(ResultSet result) throws SQLException
    {
        return new OrgUnit(result.getString(1), result.getString(2),
            new Bilingual(result.getString(3), result.getString(4)), Optional.ofNullable(result.getString(5)));
    }
}
