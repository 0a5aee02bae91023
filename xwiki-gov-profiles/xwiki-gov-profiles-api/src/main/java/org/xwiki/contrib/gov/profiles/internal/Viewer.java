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

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.profiles.Visibility;

/**
 * Who is looking at profiles, reduced to what the visibility rules need.
 *
 * @param userId the viewer, empty for the system
 * @param homeAgency the viewer's home agency
 * @param hrAgencies the agencies where the viewer is an HR officer
 * @version $Id$
 */
public record Viewer(Optional<String> userId, Optional<String> homeAgency, Set<String> hrAgencies)
{
    /**
     * Copies the fields.
     */
    public Viewer
    {
        hrAgencies = Set.copyOf(hrAgencies);
    }

    /**
     * @param visibility a field's visibility
     * @param personId whose field it is
     * @param personAgency that person's home agency
     * @return whether this viewer may see the field
     */
    public boolean canSee(Visibility visibility, String personId, Optional<String> personAgency)
    {
        return switch (visibility) {
            case GOVERNMENT -> true;
            case AGENCY -> isSelf(personId) || personAgency.filter(agencyScope()::contains).isPresent();
            case PRIVATE -> isSelf(personId) || personAgency.filter(this.hrAgencies::contains).isPresent();
        };
    }

    /**
     * @param personId a person
     * @return whether the viewer is that person
     */
    public boolean isSelf(String personId)
    {
        return this.userId.filter(personId::equals).isPresent();
    }

    /**
     * @return the agencies whose people's {@link Visibility#AGENCY} fields this viewer sees
     */
    public Set<String> agencyScope()
    {
        Set<String> agencies = new HashSet<>(this.hrAgencies);
        this.homeAgency.ifPresent(agencies::add);
        return agencies;
    }
}
