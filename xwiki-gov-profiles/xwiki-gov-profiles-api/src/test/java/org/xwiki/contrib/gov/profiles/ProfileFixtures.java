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
package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Optional;

/**
 * Profile values for tests.
 *
 * @version $Id$
 */
public final class ProfileFixtures
{
    private ProfileFixtures()
    {
    }

    /**
     * @param skills the skills
     * @param bio the biography, empty for none
     * @return details with those skills and that biography, a location and a phone
     */
    public static PersonalDetails details(List<String> skills, String bio)
    {
        return new PersonalDetails(Optional.empty(), Optional.of("they/them"), Optional.of("Ottawa"),
            Optional.of("+1 613 555 0100"), Optional.empty(), List.of(new LanguageSkill("fr", Proficiency.ADVANCED)),
            skills, Optional.of(bio).filter(text -> !text.isEmpty()), true, Optional.of("Two days a week"),
            List.of(new ProfessionalLink("Blog", "https://example.gov/blog", LinkCapacity.OFFICIAL)));
    }

    /**
     * @param name the display name
     * @param title the position title
     * @param manager the manager, empty for none
     * @return HR fields
     */
    public static HrFields hr(String name, String title, Optional<String> manager)
    {
        return new HrFields(name, Optional.of(title), Optional.of("EC-05"), manager);
    }
}
