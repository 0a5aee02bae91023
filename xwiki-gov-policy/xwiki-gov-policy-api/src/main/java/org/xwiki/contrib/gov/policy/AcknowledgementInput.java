package org.xwiki.contrib.gov.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader submits to acknowledge a guideline.
 *
 * @param versionNumber the version they read; must be the current one
 * @param language the language version they read
 * @param answers the index of the choice picked for each question, in order; {@code null} for a question left
 *     unanswered
 * @param attested whether they confirmed the attestation statement
 * @param signature the full name typed as a simple electronic signature, if any
 * @version $Id$
 */
public record AcknowledgementInput(int versionNumber, Locale language, List<Integer> answers, boolean attested,
    Optional<String> signature)
{
    /**
     * Checks and copies the fields (unanswered questions stay {@code null}, for the service to name).
     */
    public AcknowledgementInput
    {
        Objects.requireNonNull(language, "language");
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
        Objects.requireNonNull(signature, "signature");
    }
}
