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
package org.xwiki.contrib.gov.platform.internal.mail;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.NotificationRenderer;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.notification.RenderedNotification;
import org.xwiki.mail.MailListener;
import org.xwiki.mail.MailSender;
import org.xwiki.mail.MailSenderConfiguration;
import org.xwiki.mail.MailStatus;
import org.xwiki.mail.MailStatusResult;
import org.xwiki.mail.SessionFactory;

/**
 * Mails each notification through XWiki's mail sender, with the wiki's mail settings (server, sender address) and
 * XWiki's database listener, so that it shows in the administration's mail sending status; waits for the sending to
 * end so that a failure reaches the caller (a reminder that could not be mailed is retried at the next round).
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiNotifier implements Notifier
{
    /** How long a notification may take to reach the mail server. */
    private static final long SEND_TIMEOUT_MILLIS = 60_000;

    private static final String UTF8 = "UTF-8";

    @Inject
    private NotificationRenderer renderer;

    @Inject
    private MailSender sender;

    @Inject
    private SessionFactory sessions;

    @Inject
    private MailSenderConfiguration configuration;

    @Inject
    @Named("database")
    private Provider<MailListener> listeners;

    @Override
    public void send(Notification notification) throws GovException
    {
        RenderedNotification message = this.renderer.render(notification);
        MailListener listener = this.listeners.get();
        try {
            Session session = this.sessions.create(Map.of());
            this.sender.sendAsynchronously(List.of(mime(session, message)), session, listener);
        } catch (MessagingException e) {
            throw new GovException(e, "gov.platform.error.mail", message.email(), e.getMessage());
        }
        MailStatusResult result = listener.getMailStatusResult();
        result.waitTillProcessed(SEND_TIMEOUT_MILLIS);
        if (!result.isProcessed()) {
            throw new GovException("gov.platform.error.mailTimeout", message.email(), SEND_TIMEOUT_MILLIS / 1000);
        }
        Iterator<MailStatus> errors = result.getAllErrors();
        if (errors.hasNext()) {
            MailStatus error = errors.next();
            throw new GovException("gov.platform.error.mail", message.email(), error.getErrorSummary());
        }
    }

    private MimeMessage mime(Session session, RenderedNotification message) throws MessagingException
    {
        MimeMessage mime = new MimeMessage(session);
        String from = this.configuration.getFromAddress();
        if (from != null && !from.isBlank()) {
            mime.setFrom(new InternetAddress(from));
        }
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.email()));
        mime.setSubject(message.subject(), UTF8);
        mime.setText(message.body(), UTF8);
        return mime;
    }
}
