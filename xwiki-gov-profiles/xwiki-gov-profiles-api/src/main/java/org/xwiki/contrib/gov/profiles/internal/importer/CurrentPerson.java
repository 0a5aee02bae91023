package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.Optional;

import org.xwiki.contrib.gov.profiles.HrFields;

/**
 * What the database holds about a person an import names.
 *
 * @param hr the HR-owned fields of their profile
 * @param agencyKey their home agency, if any
 * @param unitKey their home unit, if any
 * @param active whether the profile is in the directory
 * @version $Id$
 */
public record CurrentPerson(HrFields hr, Optional<String> agencyKey, Optional<String> unitKey, boolean active)
{
}
