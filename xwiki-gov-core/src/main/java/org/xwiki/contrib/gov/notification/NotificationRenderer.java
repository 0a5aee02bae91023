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
 * Turns a {@link Notification} into the message its recipient reads, for every host's {@link Notifier}: the
 * recipient's address and language from the {@link org.xwiki.contrib.gov.directory.WikiDirectory}, the texts from the
 * modules' translations.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface NotificationRenderer
{
    /**
     * @param notification what to send and to whom
     * @return the subject and body in the recipient's language (English when the recipient has none), with the
     *     recipient's address
     * @throws GovException when the recipient is unknown or has no e-mail address
     */
    RenderedNotification render(Notification notification) throws GovException;
}
