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

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * What a proposal of a cross-agency space says.
 *
 * @param key the space's key: upper-case letters, digits and underscores, starting with a letter
 * @param name its name in English and French
 * @param purpose its purpose in English and French
 * @param leadAgency the agency that leads it, one of the participating agencies
 * @param agencies the participating agencies
 * @param stewards the stewards, at least one public servant of each participating agency
 * @param label the sensitivity label, from the configured ladder
 * @param policy how people come in
 * @param reviewIntervalDays how often the stewards review who is in, in days
 * @param endDate when the space ends (a task force), if it does
 * @param guidelines the guidelines of the policy module its members acknowledge before they see its content
 * @version $Id$
 * @since 1.0
 */
public record SpaceCharter(String key, Bilingual name, Bilingual purpose, String leadAgency, List<String> agencies,
    List<String> stewards, String label, MembershipPolicy policy, int reviewIntervalDays, Optional<LocalDate> endDate,
    List<String> guidelines)
{
    /**
     * Checks and copies the fields.
     */
    public SpaceCharter
    {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        agencies = List.copyOf(agencies);
        stewards = List.copyOf(stewards);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(endDate, "endDate");
        guidelines = List.copyOf(guidelines);
    }

    /**
     * A charter without guidelines to acknowledge.
     *
     * @param key the space's key
     * @param name its name in English and French
     * @param purpose its purpose in English and French
     * @param leadAgency the agency that leads it
     * @param agencies the participating agencies
     * @param stewards the stewards
     * @param label the sensitivity label
     * @param policy how people come in
     * @param reviewIntervalDays how often the stewards review who is in, in days
     * @param endDate when the space ends, if it does
     */
    public SpaceCharter(String key, Bilingual name, Bilingual purpose, String leadAgency, List<String> agencies,
        List<String> stewards, String label, MembershipPolicy policy, int reviewIntervalDays,
        Optional<LocalDate> endDate)
    {
        this(key, name, purpose, leadAgency, agencies, stewards, label, policy, reviewIntervalDays, endDate,
            List.of());
    }
}
