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
package org.xwiki.contrib.gov.policy.internal.store;

import java.util.OptionalLong;

import org.xwiki.contrib.gov.policy.Assignment;

/**
 * A person's assignment of a guideline's current major version, locked until the transaction ends, and where the
 * guideline stands.
 *
 * @param guideline where the guideline stands
 * @param assignment the assignment
 * @param acknowledgementId the id an acknowledgement of it would take, reserved with the lock where the database
 *     allows it in the same round trip (so that the acknowledgement's audit record, which cites it, can be written
 *     with the acknowledgement); empty when none was reserved
 * @version $Id$
 */
public record LockedAssignment(GuidelineStanding guideline, Assignment assignment, OptionalLong acknowledgementId)
{
    /**
     * @param guideline where the guideline stands
     * @param assignment the assignment
     */
    public LockedAssignment(GuidelineStanding guideline, Assignment assignment)
    {
        this(guideline, assignment, OptionalLong.empty());
    }
}
