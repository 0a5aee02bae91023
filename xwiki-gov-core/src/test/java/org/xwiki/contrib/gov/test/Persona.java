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

import java.util.Locale;
import java.util.Optional;

import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.role.GovRole;

/**
 * The people of the authorization matrix, seen from the agency {@link GovWorld#OWN} that the operations target.
 *
 * @version $Id$
 */
public enum Persona
{
    /** A visitor who has not signed in. */
    ANONYMOUS(null, null, null),
    /** An employee of the target agency. */
    EMPLOYEE_OWN("alice", GovWorld.OWN, null),
    /** An employee of another agency. */
    EMPLOYEE_OTHER("bob", GovWorld.OTHER, null),
    /** An HR officer of the target agency. */
    HR_OWN("hana", GovWorld.OWN, GovRole.HR_OFFICER),
    /** An HR officer of another agency. */
    HR_OTHER("raj", GovWorld.OTHER, GovRole.HR_OFFICER),
    /** An administrator of the target agency. */
    AGENCY_ADMIN_OWN("omar", GovWorld.OWN, GovRole.AGENCY_ADMIN),
    /** An administrator of another agency. */
    AGENCY_ADMIN_OTHER("ada", GovWorld.THIRD, GovRole.AGENCY_ADMIN),
    /** A government administrator. */
    GOV_ADMIN("gov", GovWorld.THIRD, GovRole.GOV_ADMIN);

    private final String userId;

    private final String agencyKey;

    private final GovRole role;

    Persona(String userId, String agencyKey, GovRole role)
    {
        this.userId = userId;
        this.agencyKey = agencyKey;
        this.role = role;
    }

    /**
     * @return the persona's user id, empty for the anonymous visitor
     */
    public Optional<String> userId()
    {
        return Optional.ofNullable(this.userId);
    }

    /**
     * @return the persona's home agency, empty for the anonymous visitor
     */
    public Optional<String> agencyKey()
    {
        return Optional.ofNullable(this.agencyKey);
    }

    /**
     * @return the role the persona holds, scoped to their home agency unless it is {@link GovRole#GOV_ADMIN}
     */
    public Optional<GovRole> role()
    {
        return Optional.ofNullable(this.role);
    }

    /**
     * @return the persona as an actor
     */
    public Actor actor()
    {
        return this.userId == null ? Actor.anonymous(Locale.ENGLISH)
            : Actor.user(this.userId, this.userId, Locale.ENGLISH);
    }
}
