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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence that a person acknowledged a version of a guideline.
 *
 * @param id the acknowledgement's id, cited by receipts
 * @param assignmentId the assignment it fulfils
 * @param guidelineKey the guideline
 * @param versionNumber the exact version read
 * @param userId the person
 * @param textHash the SHA-256 of the exact text read
 * @param acknowledgedAt when
 * @param method by the person, or by HR on their behalf
 * @param recordedBy who recorded it (the person, or the HR officer)
 * @param note HR's note for an acknowledgement on the person's behalf
 * @param quizScore how many comprehension questions were answered right, when there were questions
 * @param quizTotal how many questions there were
 * @param language the language version that was read
 * @param signature the full name the person typed as a simple electronic signature, if any
 * @version $Id$
 * @since 1.0
 */
public record Acknowledgement(long id, long assignmentId, String guidelineKey, int versionNumber, String userId,
    String textHash, Instant acknowledgedAt, AcknowledgementMethod method, String recordedBy, Optional<String> note,
    Optional<Integer> quizScore, int quizTotal, Locale language, Optional<String> signature)
{
    /**
     * Checks the fields.
     */
    public Acknowledgement
    {
        Objects.requireNonNull(guidelineKey, "guidelineKey");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(quizScore, "quizScore");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(signature, "signature");
    }
}
