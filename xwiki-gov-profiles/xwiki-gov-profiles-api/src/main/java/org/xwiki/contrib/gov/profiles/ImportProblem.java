package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Objects;

/**
 * A row of an HR import that is refused, and why.
 *
 * @param line the row's line number in the file (the header is line 1)
 * @param userId the row's person, empty when the row has none
 * @param messageKey the translation key of the reason
 * @param parameters the values substituted in the reason
 * @version $Id$
 */
public record ImportProblem(long line, String userId, String messageKey, List<Object> parameters)
{
    /**
     * Checks and copies the fields.
     */
    public ImportProblem
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(messageKey, "messageKey");
        parameters = List.copyOf(parameters);
    }
}
