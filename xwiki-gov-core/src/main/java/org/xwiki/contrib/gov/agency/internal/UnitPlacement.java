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
package org.xwiki.contrib.gov.agency.internal;

import java.util.Optional;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.agency.OrgUnit;

/**
 * The check shared by everything that places something in a unit (a child unit, a person): the unit must exist and
 * belong to the expected agency.
 *
 * @version $Id$
 */
public final class UnitPlacement
{
    private UnitPlacement()
    {
    }

    /**
     * @param unitKey the key of the unit named by the input
     * @param unit the unit found under that key, if any
     * @param agencyKey the agency the unit must belong to
     * @param unknownKey the message key for a unit that does not exist (parameter: the unit key)
     * @param otherAgencyKey the message key for a unit of another agency (parameters: the unit key, its agency, the
     *     expected agency)
     * @throws GovException when the unit does not exist or belongs to another agency
     */
    public static void requireUnitOfAgency(String unitKey, Optional<OrgUnit> unit, String agencyKey,
        String unknownKey, String otherAgencyKey) throws GovException
    {
        if (unit.isEmpty()) {
            throw new GovException(unknownKey, unitKey);
        }
        if (!unit.get().agencyKey().equals(agencyKey)) {
            throw new GovException(otherAgencyKey, unitKey, unit.get().agencyKey(), agencyKey);
        }
    }
}
