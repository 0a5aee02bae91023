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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.profiles.HrFields;

/**
 * An import row that passed the checks: what the person's HR fields and home unit are to be.
 *
 * @param line the row's line number
 * @param userId the person
 * @param hr the HR-owned fields, the manager included
 * @param unitKey the home unit, a unit of the import's agency; empty for the agency without a unit
 * @param clearance the security clearance; empty to leave it as it is
 * @version $Id$
 */
public record CheckedRow(long line, String userId, HrFields hr, Optional<String> unitKey,
    Optional<String> clearance)
{
    /**
     * Checks the fields.
     */
    public CheckedRow
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(unitKey, "unitKey");
        Objects.requireNonNull(clearance, "clearance");
    }
}
