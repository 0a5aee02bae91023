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
