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

/**
 * The profile fields a person owns and edits, each shown with its own {@link Visibility}.
 *
 * @version $Id$
 * @since 1.0
 */
public enum PersonalField
{
    /** The name the person goes by. */
    PREFERRED_NAME(Visibility.GOVERNMENT),
    /** Pronouns. */
    PRONOUNS(Visibility.GOVERNMENT),
    /** Work location (city, building). */
    LOCATION(Visibility.GOVERNMENT),
    /** Work phone. */
    PHONE(Visibility.AGENCY),
    /** Work e-mail. */
    EMAIL(Visibility.GOVERNMENT),
    /** Languages with proficiency. */
    LANGUAGES(Visibility.GOVERNMENT),
    /** Skills and expertise. */
    SKILLS(Visibility.GOVERNMENT),
    /** Short biography. */
    BIO(Visibility.GOVERNMENT),
    /** Open to cross-agency work, with an availability note. */
    AVAILABILITY(Visibility.GOVERNMENT),
    /** Professional links. */
    LINKS(Visibility.GOVERNMENT);

    private final Visibility builtInDefault;

    PersonalField(Visibility builtInDefault)
    {
        this.builtInDefault = builtInDefault;
    }

    /**
     * @return the visibility used when neither the person nor their agency chose one
     */
    public Visibility getBuiltInDefault()
    {
        return this.builtInDefault;
    }
}
