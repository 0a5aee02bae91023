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
package org.xwiki.contrib.gov.crossagency;

import java.util.List;
import java.util.Objects;

import org.xwiki.contrib.gov.Bilingual;

/**
 * A space as lists show it.
 *
 * @param key the space's key
 * @param name its name in English and French
 * @param purpose its purpose in English and French
 * @param leadAgency the agency that leads it
 * @param agencies the participating agencies, the lead first
 * @param label its sensitivity label
 * @param policy how people come in
 * @param status where it is in its lifecycle
 * @version $Id$
 * @since 1.0
 */
public record SpaceSummary(String key, Bilingual name, Bilingual purpose, String leadAgency, List<String> agencies,
    String label, MembershipPolicy policy, SpaceStatus status)
{
    /**
     * Checks and copies the fields.
     */
    public SpaceSummary
    {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(leadAgency, "leadAgency");
        agencies = List.copyOf(agencies);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
    }
}
