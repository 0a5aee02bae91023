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
package org.xwiki.contrib.gov.agency;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * An organisational unit of an agency (a branch, a directorate, a team). Units form one tree per agency.
 *
 * @param key the stable key, unique across government ({@code HEALTH-PH}); never changes once used
 * @param agencyKey the key of the agency the unit belongs to
 * @param name the name in English and French
 * @param parentKey the key of the enclosing unit of the same agency, if any
 * @version $Id$
 * @since 1.0
 */
public record OrgUnit(String key, String agencyKey, Bilingual name, Optional<String> parentKey)
{
    /**
     * Checks the fields.
     */
    public OrgUnit
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentKey, "parentKey");
    }
}
