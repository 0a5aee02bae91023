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
package org.xwiki.contrib.gov.notification;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Delivers notifications (reminders, escalations): implemented by the host (XWiki's mail sender, or SMTP and an
 * outbox in the sandbox).
 *
 * @version $Id$
 * @since 1.0
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
