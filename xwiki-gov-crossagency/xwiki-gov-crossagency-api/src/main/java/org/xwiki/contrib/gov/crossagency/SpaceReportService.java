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
package org.xwiki.contrib.gov.crossagency;

import java.io.OutputStream;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Agency reports of cross-agency spaces, for the agencies' administrators (their own agency) and government
 * administrators (any agency, or every space). The right is checked before anything is read.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface SpaceReportService
{
    /**
     * @param actor an agency administrator or a government administrator
     * @param agencyKey the agency, or empty for every space (government administrators)
     * @return the report
     * @throws GovException when the actor may not, or the agency is unknown
     */
    AgencySpaceReport getReport(Actor actor, Optional<String> agencyKey) throws GovException;

    /**
     * Writes the memberships of the agency's people (of everyone, for every space) as CSV: one row per person and
     * space, with role, state, since, the reason of a suspension and a guest's end date.
     *
     * @param actor as for {@link #getReport}
     * @param agencyKey as for {@link #getReport}
     * @param out where to write, UTF-8
     * @throws GovException when the actor may not, the agency is unknown, or the store or the stream fails
     */
    void exportMemberships(Actor actor, Optional<String> agencyKey, OutputStream out) throws GovException;
}
