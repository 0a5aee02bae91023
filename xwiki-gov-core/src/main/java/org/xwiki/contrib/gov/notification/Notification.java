package org.xwiki.contrib.gov.notification;

import java.util.List;
import java.util.Objects;

/**
 * A message to one person, described by translation keys so that it is rendered in the recipient's language.
 *
 * @param recipientId the id of the user to notify
 * @param subjectKey the translation key of the subject
 * @param bodyKey the translation key of the body
 * @param parameters the values substituted in subject and body
 * @version $Id$
 */
public record Notification(String recipientId, String subjectKey, String bodyKey, List<String> parameters)
{
    /**
     * Checks and copies the fields.
     */
    public Notification
    {
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(bodyKey, "bodyKey");
        parameters = List.copyOf(parameters);
    }
}
