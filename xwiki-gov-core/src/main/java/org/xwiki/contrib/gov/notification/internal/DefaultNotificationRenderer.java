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
package org.xwiki.contrib.gov.notification.internal;

import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.NotificationRenderer;
import org.xwiki.contrib.gov.notification.RenderedNotification;

/**
 * Renders a notification with the recipient's address and language from the wiki's directory.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultNotificationRenderer implements NotificationRenderer
{
    @Inject
    private WikiDirectory directory;

    private final Translations translations = Translations.load(DefaultNotificationRenderer.class.getClassLoader());

    @Override
    public RenderedNotification render(Notification notification) throws GovException
    {
        String recipient = notification.recipientId();
        if (!this.directory.userExists(recipient)) {
            throw new GovException("gov.core.error.user.unknown", recipient);
        }
        String email = this.directory.getEmail(recipient).filter(address -> !address.isBlank())
            .orElseThrow(() -> new GovException("gov.core.error.user.noEmail", recipient));
        Locale locale = this.directory.getLocale(recipient).orElse(Locale.ENGLISH);
        return new RenderedNotification(recipient, email,
            this.translations.format(notification.subjectKey(), notification.parameters(), locale),
            this.translations.format(notification.bodyKey(), notification.parameters(), locale));
    }
}
