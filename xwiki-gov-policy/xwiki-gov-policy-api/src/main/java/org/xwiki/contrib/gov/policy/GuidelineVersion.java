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
}
