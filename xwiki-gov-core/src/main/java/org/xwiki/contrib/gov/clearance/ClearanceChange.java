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
package org.xwiki.contrib.gov.clearance;

import java.util.Objects;

/**
 * A person's clearance as HR changed it.
 *
 * @param userId the person
 * @param previous the level they held before (the lowest level when none was recorded)
 * @param level the level they hold now
 * @version $Id$
 * @since 1.0
 */
public record ClearanceChange(String userId, String previous, String level)
{
    /**
     * Checks the fields.
     */
    public ClearanceChange
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(level, "level");
    }
}
