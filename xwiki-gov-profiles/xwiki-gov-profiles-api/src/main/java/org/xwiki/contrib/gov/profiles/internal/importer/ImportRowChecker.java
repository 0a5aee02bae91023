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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.agency.OrgUnit;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.internal.ProfileValidator;

/**
 * Checks one import row on its own: the user id (a user of the wiki), the HR fields (as {@link ProfileValidator}
 * checks them for the pages), the agency (blank or the import's), the unit (one of the agency's) and the clearance (a
 * level of the ladder). Checks that need
 * the other rows (duplicates, managers) are the caller's. Units are looked up once per import.
 *
 * @version $Id$
 */
public final class ImportRowChecker
{
    private static final int MAX_USER_ID = 255;

    private final String agencyKey;

    private final AgencyRegistry agencies;

    private final ProfileValidator validator;

    private final WikiDirectory directory;

    private final List<String> clearanceLevels;

    private final Map<String, Optional<OrgUnit>> units = new HashMap<>();

    /**
     * @param agencyKey the import's agency
     * @param agencies the registry of units
     * @param validator the HR field checks
     * @param directory the wiki's users: a row must name one
     * @param clearanceLevels the clearance levels a row may give
     */
    public ImportRowChecker(String agencyKey, AgencyRegistry agencies, ProfileValidator validator,
        WikiDirectory directory, List<String> clearanceLevels)
    {
        this.clearanceLevels = clearanceLevels;
        this.agencyKey = agencyKey;
        this.agencies = agencies;
        this.validator = validator;
        this.directory = directory;
    }

    /**
     * @param row a row as read
     * @return the row's values, checked
     * @throws GovException when a value is refused: the message says which and why
     */
    public CheckedRow check(ImportRow row) throws GovException
    {
        String userId = Inputs.requireText("gov.profiles.import.field.userId", row.get(ImportColumn.USER_ID),
            MAX_USER_ID);
        if (!this.directory.userExists(userId)) {
            throw new GovException("gov.core.error.user.unknown", userId);
        }
        String agency = row.get(ImportColumn.AGENCY);
        if (!agency.isEmpty() && !agency.equals(this.agencyKey)) {
            throw new GovException("gov.profiles.import.row.otherAgency", agency, this.agencyKey);
        }
        Optional<String> unit = Inputs.optional(row.get(ImportColumn.UNIT));
        if (unit.isPresent() && !unitOfTheAgency(unit.get())) {
            throw new GovException("gov.profiles.import.row.unknownUnit", unit.get(), this.agencyKey);
        }
        HrFields hr = this.validator.check(new HrFields(row.get(ImportColumn.DISPLAY_NAME),
            Inputs.optional(row.get(ImportColumn.POSITION_TITLE)),
            Inputs.optional(row.get(ImportColumn.CLASSIFICATION)),
            Inputs.optional(row.get(ImportColumn.MANAGER_ID))));
        if (hr.managerId().filter(userId::equals).isPresent()) {
            throw new GovException("gov.profiles.error.managerCycle", userId, userId);
        }
        Optional<String> clearance = Inputs.optional(row.get(ImportColumn.CLEARANCE)).map(String::strip);
        if (clearance.isPresent() && !this.clearanceLevels.contains(clearance.get())) {
            throw new GovException("gov.core.error.clearance.unknownLevel", clearance.get());
        }
        return new CheckedRow(row.line(), userId, hr, unit, clearance);
    }

    private boolean unitOfTheAgency(String unitKey) throws GovException
    {
        Optional<OrgUnit> unit = this.units.get(unitKey);
        if (unit == null) {
            unit = this.agencies.getUnit(unitKey);
            this.units.put(unitKey, unit);
        }
        return unit.filter(found -> found.agencyKey().equals(this.agencyKey)).isPresent();
    }
}
