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
package org.xwiki.contrib.gov.policy;

import java.util.Set;

/**
 * Who must acknowledge a guideline: the people of whole agencies, of units (with their sub-units), of wiki groups, and
 * named people, minus the exempted ones. Everyone in it must have a home agency; a guideline owned by an agency
 * reaches that agency's people only.
 *
 * @param agencies agency keys
 * @param units unit keys
 * @param groups wiki group ids
 * @param people user ids
 * @param exemptions user ids left out whatever the rest says
 * @version $Id$
 * @since 1.0
 */
public record Audience(Set<String> agencies, Set<String> units, Set<String> groups, Set<String> people,
    Set<String> exemptions)
{
    /**
     * Copies the fields.
     */
    public Audience
    {
        agencies = Set.copyOf(agencies);
        units = Set.copyOf(units);
        groups = Set.copyOf(groups);
        people = Set.copyOf(people);
        exemptions = Set.copyOf(exemptions);
    }

    /**
     * @return an audience of nobody
     */
    public static Audience empty()
    {
        return new Audience(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * @return whether it names nobody at all
     */
    public boolean isEmpty()
    {
        return this.agencies.isEmpty() && this.units.isEmpty() && this.groups.isEmpty() && this.people.isEmpty();
    }
}
