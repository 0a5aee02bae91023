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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;

/**
 * The people of the benchmark, computed from their index: person {@code i} works in agency {@code i mod agencies}
 * and in one of its units. Agencies and units go through the registry; a million memberships go straight into the
 * kernel's table, as an HR import would put them there.
 *
 * @version $Id$
 */
final class Population
{
    /** Rows per JDBC batch. */
    static final int BATCH = 1_000;

    private final int people;

    private final int agencies;

    private final int unitsPerAgency;

    private final int stride;

    /**
     * @param people how many people
     * @param agencies how many agencies
     * @param units how many units in all
     */
    Population(int people, int agencies, int units)
    {
        this.people = people;
        this.agencies = agencies;
        this.unitsPerAgency = units / agencies;
        this.stride = coprimeStride(people);
    }

    /**
     * @return how many people
     */
    int size()
    {
        return this.people;
    }

    /**
     * @return how many agencies
     */
    int agencies()
    {
        return this.agencies;
    }

    /**
     * @param index a person's index
     * @return the person's user id, {@code p} and seven digits
     */
    String userId(int index)
    {
        // Not String.format: the callers measured share the machine with this driver, which must cost them little.
        String digits = Integer.toString(index);
        return "p" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    /**
     * @param index a person's index
     * @return the person's agency
     */
    String agencyKey(int index)
    {
        return agencyKeyOf(index % this.agencies);
    }

    /**
     * @param index a person's index
     * @return the person's unit
     */
    String unitKey(int index)
    {
        return unitKeyOf(index % this.agencies, (index / this.agencies) % this.unitsPerAgency);
    }

    /**
     * @return every agency key
     */
    List<String> agencyKeys()
    {
        List<String> keys = new ArrayList<>();
        for (int agency = 0; agency < this.agencies; agency++) {
            keys.add(agencyKeyOf(agency));
        }
        return keys;
    }

    /**
     * Spreads consecutive numbers over the whole population, so that a run of acknowledgements touches rows all
     * over the tables, as real people do, rather than neighbours.
     *
     * @param n a number below the population's size
     * @return the index of a person, a different one for each number
     */
    int scattered(int n)
    {
        return (int) ((long) n * this.stride % this.people);
    }

    /**
     * Creates the agencies and their units through the registry.
     *
     * @param registry the registry
     * @throws GovException when the registry refuses
     */
    void createOrganisation(AgencyRegistry registry) throws GovException
    {
        for (int agency = 0; agency < this.agencies; agency++) {
            String key = agencyKeyOf(agency);
            registry.createAgency(Actor.system(),
                new Agency(key, new Bilingual("Agency " + agency, "Organisme " + agency), key, Optional.empty()));
            for (int unit = 0; unit < this.unitsPerAgency; unit++) {
                registry.createUnit(Actor.system(), new OrgUnit(unitKeyOf(agency, unit), key,
                    new Bilingual("Unit " + unit, "Unité " + unit), Optional.empty()));
            }
        }
    }

    /**
     * Gives every person a home agency and unit.
     *
     * @param dataSource the kernel's store
     * @throws SQLException when the store fails
     */
    void loadMemberships(DataSource dataSource) throws SQLException
    {
        try (Connection connection = dataSource.getConnection();
            PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO gov_membership (user_id, agency_key, unit_key, updated_at) VALUES (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            long now = System.currentTimeMillis();
            for (int index = 0; index < this.people; index++) {
                insert.setString(1, userId(index));
                insert.setString(2, agencyKey(index));
                insert.setString(3, unitKey(index));
                insert.setLong(4, now);
                insert.addBatch();
                if ((index + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static String agencyKeyOf(int agency)
    {
        return String.format("AG%02d", agency);
    }

    private static String unitKeyOf(int agency, int unit)
    {
        return agencyKeyOf(agency) + String.format("-U%02d", unit);
    }

    private static int coprimeStride(int people)
    {
        int stride = 7_919;
        while (gcd(stride, people) != 1) {
            stride++;
        }
        return stride;
    }

    private static int gcd(int a, int b)
    {
        return b == 0 ? a : gcd(b, a % b);
    }
}
