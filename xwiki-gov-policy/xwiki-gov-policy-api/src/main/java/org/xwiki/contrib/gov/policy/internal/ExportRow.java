package org.xwiki.contrib.gov.policy.internal;

import java.time.Instant;
import java.util.Optional;

import org.xwiki.contrib.gov.policy.Assignment;

/**
 * One line of an assignment export.
 *
 * @param assignment the assignment
 * @param acknowledgedAt when it was acknowledged, if it was
 * @param versionAcknowledged the version acknowledged (0 when none)
 * @param method how it was acknowledged
 * @param language the language read
 * @param quizScore the comprehension score
 * @version $Id$
 */
public record ExportRow(Assignment assignment, Optional<Instant> acknowledgedAt, int versionAcknowledged,
    Optional<String> method, Optional<String> language, Optional<Integer> quizScore)
{
}
