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

import java.util.Optional;

/**
 * The facets of the directory search.
 *
 * @version $Id$
 * @since 1.0
 */
public enum DirectoryFacet
{
    /** Home agency (always visible). */
    AGENCY(Optional.empty()),
    /** Home unit (always visible). */
    UNIT(Optional.empty()),
    /** Skills. */
    SKILL(Optional.of(PersonalField.SKILLS)),
    /** Languages spoken. */
    LANGUAGE(Optional.of(PersonalField.LANGUAGES)),
    /** Work location. */
    LOCATION(Optional.of(PersonalField.LOCATION)),
    /** Open to cross-agency work ({@code true} only). */
    OPEN_TO_COLLABORATION(Optional.of(PersonalField.AVAILABILITY));

    private final Optional<PersonalField> field;

    DirectoryFacet(Optional<PersonalField> field)
    {
        this.field = field;
    }

    /**
     * @return the person-owned field whose visibility governs this facet, empty when always visible
     */
    public Optional<PersonalField> getField()
    {
        return this.field;
    }
}
