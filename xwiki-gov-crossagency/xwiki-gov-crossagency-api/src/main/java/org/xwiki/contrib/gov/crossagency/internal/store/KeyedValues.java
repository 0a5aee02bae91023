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
package org.xwiki.contrib.gov.crossagency.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.gov.store.JdbcValues;

import static org.xwiki.contrib.gov.store.JdbcValues.queryList;

/**
 * Reads one value list per space for many spaces at once (their agencies, their guidelines, their labels), in slices
 * that keep {@code IN} lists bounded.
 *
 * @version $Id$
 */
final class KeyedValues
{
    /** The participating agencies of the spaces, the lead first: withdrawn agencies no longer count. */
    static final String AGENCIES = "SELECT space_key, agency_key FROM gov_crossagency_agency "
        + "WHERE approval <> 'WITHDRAWN' AND space_key IN (%s) ORDER BY space_key, position";

    private KeyedValues()
    {
    }

    /**
     * @param connection a connection
     * @param sql a query of a space key and a value, whose {@code %s} is the list of keys
     * @param keys spaces
     * @return the values of each space, in the query's order, by space key (spaces without any are absent)
     * @throws SQLException when a statement fails
     */
    static Map<String, List<String>> read(Connection connection, String sql, Collection<String> keys)
        throws SQLException
    {
        Map<String, List<String>> values = new HashMap<>();
        for (List<String> slice : JdbcValues.slices(keys)) {
            for (String[] row : queryList(connection, String.format(sql, JdbcValues.placeholders(slice.size())),
                result -> new String[] {result.getString(1), result.getString(2)}, slice.toArray())) {
                values.computeIfAbsent(row[0], key -> new ArrayList<>()).add(row[1]);
            }
        }
        return values;
    }
}
