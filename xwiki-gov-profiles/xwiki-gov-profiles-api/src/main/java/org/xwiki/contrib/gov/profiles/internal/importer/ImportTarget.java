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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.profiles.HrFields;
import org.xwiki.contrib.gov.profiles.ImportFieldChange;
import org.xwiki.contrib.gov.profiles.ImportedField;
import org.xwiki.contrib.gov.role.Membership;

/**
 * What importing a row makes of the person it names. A column the file does not have leaves the person's value as it
 * is, while an empty cell of a column it has clears the value: a file of names and titles alone must not blank
 * everyone's unit, classification and manager. A unit is only kept within the agency imported, since a person moved
 * in from another agency cannot keep a unit of that agency.
 *
 * @version $Id$
 */
public final class ImportTarget
{
    private ImportTarget()
    {
    }

    /**
     * @param row a checked row, as the file gives it
     * @param columns the columns the file has
     * @param person the person's profile, if they have one
     * @param home the person's home agency and unit, if they have one
     * @param agencyKey the agency imported
     * @return the row with the values of the columns the file does not have taken from the person
     */
    public static CheckedRow of(CheckedRow row, Set<ImportColumn> columns, Optional<CurrentPerson> person,
        Optional<Membership> home, String agencyKey)
    {
        Optional<HrFields> hr = person.map(CurrentPerson::hr);
        Optional<String> unit = columns.contains(ImportColumn.UNIT) ? row.unitKey()
            : home.filter(membership -> membership.agencyKey().equals(agencyKey)).flatMap(Membership::unitKey);
        return new CheckedRow(row.line(), row.userId(), new HrFields(row.hr().displayName(),
            kept(columns, ImportColumn.POSITION_TITLE, row.hr().positionTitle(), hr.flatMap(HrFields::positionTitle)),
            kept(columns, ImportColumn.CLASSIFICATION, row.hr().classification(),
                hr.flatMap(HrFields::classification)),
            kept(columns, ImportColumn.MANAGER_ID, row.hr().managerId(), hr.flatMap(HrFields::managerId))), unit,
            row.clearance());
    }

    private static Optional<String> kept(Set<ImportColumn> columns, ImportColumn column, Optional<String> imported,
        Optional<String> current)
    {
        return columns.contains(column) ? imported : current;
    }

    /**
     * @param target what the person is to be (see {@link #of})
     * @param person the person's profile, if they have one
     * @param home the person's home agency and unit, if they have one
     * @param agencyKey the agency imported
     * @param clearance the person's clearance
     * @return each value that importing the row changes, in the order of {@link ImportedField}; none when the person
     *     already is as the row says
     */
    public static List<ImportFieldChange> changes(CheckedRow target, Optional<CurrentPerson> person,
        Optional<Membership> home, String agencyKey, String clearance)
    {
        Optional<HrFields> hr = person.map(CurrentPerson::hr);
        List<ImportFieldChange> changes = new ArrayList<>();
        add(changes, ImportedField.DISPLAY_NAME, hr.map(HrFields::displayName),
            Optional.of(target.hr().displayName()));
        add(changes, ImportedField.AGENCY, home.map(Membership::agencyKey), Optional.of(agencyKey));
        add(changes, ImportedField.UNIT, home.flatMap(Membership::unitKey), target.unitKey());
        add(changes, ImportedField.POSITION_TITLE, hr.flatMap(HrFields::positionTitle), target.hr().positionTitle());
        add(changes, ImportedField.CLASSIFICATION, hr.flatMap(HrFields::classification),
            target.hr().classification());
        add(changes, ImportedField.MANAGER, hr.flatMap(HrFields::managerId), target.hr().managerId());
        if (target.clearance().isPresent()) {
            add(changes, ImportedField.CLEARANCE, Optional.of(clearance), target.clearance());
        }
        if (person.isPresent() && !person.get().active()) {
            changes.add(new ImportFieldChange(ImportedField.ACTIVE, Optional.of(Boolean.FALSE.toString()),
                Optional.of(Boolean.TRUE.toString())));
        }
        return changes;
    }

    private static void add(List<ImportFieldChange> changes, ImportedField field, Optional<String> before,
        Optional<String> after)
    {
        if (!before.equals(after)) {
            changes.add(new ImportFieldChange(field, before, after));
        }
    }
}
