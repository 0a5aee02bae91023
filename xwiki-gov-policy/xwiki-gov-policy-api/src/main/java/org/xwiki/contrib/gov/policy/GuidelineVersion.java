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

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.Bilingual;

/**
 * A published, immutable version of a guideline.
 *
 * @param guidelineKey the guideline
 * @param number 1, 2, 3… in publication order
 * @param label the name readers see ({@code 2.0}, {@code 2024-03})
 * @param kind major or minor
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param changeSummary what changed, in plain language
 * @param content the exact text
 * @param textHash the SHA-256 (hex) of the canonical JSON of the content, as acknowledgements and receipts cite it
 * @param dueDate for a major version, the date by which its audience must acknowledge
 * @version $Id$
 * @since 1.0
 */
public record GuidelineVersion(String guidelineKey, int number, String label, VersionKind kind, Instant publishedAt,
    String publishedBy, Bilingual changeSummary, GuidelineContent content, String textHash,
    Optional<LocalDate> dueDate)
{
    /**
     * Checks the fields.
     */
    public GuidelineVersion
    {
        Objects.requireNonNull(guidelineKey, "guidelineKey");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(changeSummary, "changeSummary");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * @return this version, its quiz without the right answers: what the people who take the quiz may see
     */
    public GuidelineVersion withoutAnswers()
    {
        return new GuidelineVersion(this.guidelineKey, this.number, this.label, this.kind, this.publishedAt,
            this.publishedBy, this.changeSummary, this.content.withoutAnswers(), this.textHash, this.dueDate);
    }
}
