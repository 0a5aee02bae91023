package org.xwiki.contrib.gov.notification;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Delivers notifications (reminders, escalations): implemented by the host (XWiki's mail sender, or SMTP and an
 * outbox in the sandbox).
 *
 * @version $Id$
 */
@Role
public interface Notifier
{
    /**
     * Delivers one notification, or fails without having delivered it.
     *
     * @param notification what to send and to whom
     * @throws GovException when it cannot be delivered (unknown recipient, no address, mail server failure)
     */
    void send(Notification notification) throws GovException;
}
