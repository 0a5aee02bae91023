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
import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * How to publish the draft of a guideline.
 *
 * @param kind major (everyone acknowledges again) or minor (acknowledgements carry forward)
 * @param label the version's name for readers
 * @param changeSummary what changed, in plain language
 * @param dueDate for a major version, the date by which the audience must acknowledge (today or later)
 * @version $Id$
 * @since 1.0
 */
public record PublicationRequest(VersionKind kind, String label, Bilingual changeSummary, Optional<LocalDate> dueDate)
{
    /**
     * Checks the fields.
     */
    public PublicationRequest
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(changeSummary, "changeSummary");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
