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
 * @since 1.0
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
