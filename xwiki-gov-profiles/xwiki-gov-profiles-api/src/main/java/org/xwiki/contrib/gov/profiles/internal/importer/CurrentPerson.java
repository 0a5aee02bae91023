package org.xwiki.contrib.gov.profiles.internal.importer;

import org.xwiki.contrib.gov.profiles.HrFields;

/**
 * What the profile of a person an import names holds (their home agency and unit are their {@code Membership}).
 *
 * @param hr the HR-owned fields of their profile
 * @param active whether the profile is in the directory
 * @version $Id$
 */
public record CurrentPerson(HrFields hr, boolean active)
{
}
