package org.xwiki.contrib.gov.sandbox.internal;

import java.time.Instant;

/**
 * A notification rendered for its recipient, as it is mailed or kept in the outbox.
 *
 * @param recipient the recipient's login
 * @param email the recipient's address
 * @param subject the subject, in the recipient's language
 * @param body the body, in the recipient's language
 * @param createdAt when it was sent
 * @version $Id$
 */
public record RenderedMessage(String recipient, String email, String subject, String body, Instant createdAt)
{
}
