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
package org.xwiki.contrib.gov.role;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.xwiki.component.annotation.Role;

/**
 * Told of the changes of people's home agency or unit, and of their departures, inside the transaction that makes
 * them, so that a module keeping data derived from memberships (the profile search index, cross-agency memberships)
 * records the change atomically with it.
 * Implementations must not call back into {@link MembershipService}.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface MembershipListener
{
    /**
     * @param connection the connection of the transaction changing the memberships
     * @param memberships the new homes of the people whose home changed (one, or a chunk of an import)
     * @param time when, epoch milliseconds
     * @throws SQLException when the listener's own write fails (the change rolls back)
     */
    void membershipsChanged(Connection connection, List<Membership> memberships, long time) throws SQLException;

    /**
     * @param connection the connection of the transaction recording the departures
     * @param userIds people who left the public service (HR deactivated them)
     * @param time when, epoch milliseconds
     * @throws SQLException when the listener's own write fails (the departure rolls back)
     */
    default void peopleDeparted(Connection connection, List<String> userIds, long time) throws SQLException
    {
        // Most listeners keep nothing that a departure ends.
    }
}
