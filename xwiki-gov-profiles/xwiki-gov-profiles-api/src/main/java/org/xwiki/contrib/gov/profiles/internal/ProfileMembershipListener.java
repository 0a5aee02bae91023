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
import java.sql.SQLException;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;

/**
 * Logs a profile change for each person who moves agency or unit, in the same transaction: the search index then files
 * their values under the new agency, so that agency-only values follow the person's visibility rules at once.
 *
 * @version $Id$
 */
@Component
@Named("profiles")
@Singleton
public class ProfileMembershipListener implements MembershipListener
{
    @Inject
    private JdbcProfileChangeLog changes;

    @Override
    public void membershipsChanged(Connection connection, List<Membership> memberships, long time)
        throws SQLException
    {
        this.changes.recordAll(connection, memberships.stream().map(Membership::userId).toList(), time);
    }
}
