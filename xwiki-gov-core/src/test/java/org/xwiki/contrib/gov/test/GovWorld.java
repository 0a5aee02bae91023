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
package org.xwiki.contrib.gov.test;

import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.Agency;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.role.Membership;
import org.xwiki.contrib.gov.role.MembershipService;
import org.xwiki.contrib.gov.role.RoleService;

/**
 * The standard test world: three agencies with a unit each, and one user per {@link Persona}, with their home agency
 * and role.
 *
 * @version $Id$
 */
public final class GovWorld
{
    /** The agency the matrix operations target. */
    public static final String OWN = "HEALTH";

    /** Another agency. */
    public static final String OTHER = "REVENUE";

    /** A third agency, home of the government administrator. */
    public static final String THIRD = "DIGITAL";

    /** The unit of each agency: its key followed by {@value #UNIT_SUFFIX}. */
    public static final String UNIT_SUFFIX = "-OPS";

    private GovWorld()
    {
    }

    /**
     * Creates the world, as the system.
     *
     * @param kernel the kernel to fill
     * @throws GovException when a service refuses
     */
    public static void create(TestKernel kernel) throws GovException
    {
        AgencyRegistry agencies = kernel.get(AgencyRegistry.class);
        Actor system = Actor.system();
        for (String key : new String[] {OWN, OTHER, THIRD}) {
            agencies.createAgency(system,
                new Agency(key, new Bilingual(key + " agency", "Organisme " + key), key, Optional.empty()));
            agencies.createUnit(system, new OrgUnit(key + UNIT_SUFFIX, key,
                new Bilingual(key + " operations", "Operations " + key), Optional.empty()));
        }
        MembershipService memberships = kernel.get(MembershipService.class);
        RoleService roles = kernel.get(RoleService.class);
        for (Persona persona : Persona.values()) {
            if (persona.userId().isEmpty()) {
                continue;
            }
            String userId = persona.userId().get();
            kernel.directory().addUser(userId, userId);
            memberships.assign(system, new Membership(userId, persona.agencyKey().orElseThrow(), Optional.empty()));
            if (persona.role().isPresent()) {
                roles.grant(system, userId, persona.role().get(),
                    persona.role().get().isAgencyScoped() ? persona.agencyKey() : Optional.empty());
            }
        }
    }
}
