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
package org.xwiki.contrib.gov.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.Bilingual;

/**
 * How to publish the draft of a guideline.
 *
 * @param kind major (everyone acknowledges again) or minor (acknowledgements carry forward)
 * @param label the version's name for readers
 * @param changeSummary what changed, in plain language
 * @param dueDate for a major version, the date by which the audience must acknowledge (today or later)
 * @param confirmations what HR confirmed before publishing
 * @version $Id$
 * @since 1.0
 */
public record PublicationRequest(VersionKind kind, String label, Bilingual changeSummary, Optional<LocalDate> dueDate,
    Set<PublicationConfirmation> confirmations)
{
    /**
     * Checks and copies the fields.
     */
    public PublicationRequest
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(changeSummary, "changeSummary");
        Objects.requireNonNull(dueDate, "dueDate");
        confirmations = confirmations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(confirmations));
    }

    /**
     * A request HR has confirmed nothing for yet.
     *
     * @param kind major (everyone acknowledges again) or minor (acknowledgements carry forward)
     * @param label the version's name for readers
     * @param changeSummary what changed, in plain language
     * @param dueDate for a major version, the date by which the audience must acknowledge (today or later)
     */
    public PublicationRequest(VersionKind kind, String label, Bilingual changeSummary, Optional<LocalDate> dueDate)
    {
        this(kind, label, changeSummary, dueDate, Set.of());
    }

    /**
     * @param confirmation what HR confirms
     * @return this request with that confirmation added
     */
    public PublicationRequest confirming(PublicationConfirmation... confirmation)
    {
        Set<PublicationConfirmation> all = EnumSet.noneOf(PublicationConfirmation.class);
        all.addAll(this.confirmations);
        all.addAll(Set.of(confirmation));
        return new PublicationRequest(this.kind, this.label, this.changeSummary, this.dueDate, all);
    }
}
