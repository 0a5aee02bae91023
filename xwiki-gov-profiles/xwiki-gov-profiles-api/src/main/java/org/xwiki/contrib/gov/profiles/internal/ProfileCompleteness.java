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
package org.xwiki.contrib.gov.profiles.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xwiki.contrib.gov.profiles.Completeness;
import org.xwiki.contrib.gov.profiles.PersonalDetails;
import org.xwiki.contrib.gov.profiles.Profile;

/**
 * Scores a profile against the recommended fields: position title and manager (HR), location, phone, e-mail,
 * languages, skills and biography (the person).
 *
 * @version $Id$
 */
public final class ProfileCompleteness
{
    private ProfileCompleteness()
    {
    }

    /**
     * @param profile a profile
     * @return its completeness
     */
    public static Completeness of(Profile profile)
    {
        PersonalDetails details = profile.details();
        Map<String, Boolean> recommended = new LinkedHashMap<>();
        recommended.put("positionTitle", profile.hr().positionTitle().isPresent());
        recommended.put("manager", profile.hr().managerId().isPresent());
        recommended.put("location", details.location().isPresent());
        recommended.put("phone", details.phone().isPresent());
        recommended.put("email", details.email().isPresent());
        recommended.put("languages", !details.languages().isEmpty());
        recommended.put("skills", !details.skills().isEmpty());
        recommended.put("bio", details.bio().isPresent());
        List<String> missing = new ArrayList<>();
        recommended.forEach((field, filled) -> {
            if (!filled) {
                missing.add(field);
            }
        });
        int percent = (recommended.size() - missing.size()) * 100 / recommended.size();
        return new Completeness(percent, missing);
    }
}
