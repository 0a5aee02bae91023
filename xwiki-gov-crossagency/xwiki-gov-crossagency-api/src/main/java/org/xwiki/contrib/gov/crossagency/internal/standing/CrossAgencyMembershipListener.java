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
package org.xwiki.contrib.gov.crossagency.internal.standing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipListener;

/**
 * People who move agency, inside the move's transaction: their memberships are re-evaluated by
 * {@link MemberStanding} (suspended when the new agency does not take part, active again when they move back). People
 * who leave the public service leave every space, their invitations and requests with them.
 *
 * @version $Id$
 */
@Component
@Named("crossagency")
@Singleton
public class CrossAgencyMembershipListener implements MembershipListener
{
    @Inject
    private MemberStanding standing;

    @Override
    public void membershipsChanged(Connection connection, List<Membership> memberships, long time)
        throws SQLException
    {
        Map<String, String> homes = new LinkedHashMap<>();
        memberships.forEach(membership -> homes.put(membership.userId(), membership.agencyKey()));
        this.standing.reevaluate(connection, homes, Map.of(), time, "crossagency.member.agencyChanged");
    }

    @Override
    public void peopleDeparted(Connection connection, List<String> userIds, long time) throws SQLException
    {
        this.standing.end(connection, userIds, time);
    }
}
