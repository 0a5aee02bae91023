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
import org.xwiki.contrib.gov.clearance.ClearanceChange;
import org.xwiki.contrib.gov.clearance.ClearanceListener;

/**
 * People whose clearance changed, inside the change's transaction: their memberships are re-evaluated by
 * {@link MemberStanding} (suspended when the clearance falls below a space's label, active again when it is back).
 *
 * @version $Id$
 */
@Component
@Named("crossagency")
@Singleton
public class CrossAgencyClearanceListener implements ClearanceListener
{
    @Inject
    private MemberStanding standing;

    @Override
    public void clearancesChanged(Connection connection, List<ClearanceChange> changes, long time)
        throws SQLException
    {
        Map<String, String> levels = new LinkedHashMap<>();
        changes.forEach(change -> levels.put(change.userId(), change.level()));
        this.standing.reevaluate(connection, Map.of(), levels, time, "crossagency.member.clearanceChanged");
    }
}
