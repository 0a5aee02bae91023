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
