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

/**
 * Where a person's obligation to acknowledge a major version stands.
 * <p>
 * Closing a whole version writes nothing per assignment, so that it costs the same for ten people as for a million:
 * the pending assignments of a major version that a newer one replaced stay {@link #PENDING} in the store and no reader
 * looks at them again (every reader works on the current major version), and those of a retired guideline are read as
 * {@link #WITHDRAWN} (see {@link #under(GuidelineStatus)}).
 *
 * @version $Id$
 * @since 1.0
 */
public enum AssignmentState
{
    /** To acknowledge (overdue once the due date has passed). */
    PENDING,
    /** Acknowledged. */
    DONE,
    /** Exempted by HR, with a recorded reason. */
    EXEMPT,
    /** No longer required: the person left the audience, or the guideline was retired. */
    WITHDRAWN;

    /**
     * @param status where the assignment's guideline stands
     * @return the state as readers are shown it: what was still pending when the guideline was retired is withdrawn
     */
    public AssignmentState under(GuidelineStatus status)
    {
        return this == PENDING && status == GuidelineStatus.RETIRED ? WITHDRAWN : this;
    }
}
