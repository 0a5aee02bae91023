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
package org.xwiki.contrib.gov.sandbox.internal;

import java.time.Clock;
import java.util.Properties;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.NotificationRenderer;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.notification.RenderedNotification;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The sandbox's notifier: renders each notification in the recipient's language and mails it through the SMTP server
 * of {@code gov.mail.smtp.host} ({@code .port}, {@code .username}, {@code .password}, {@code .starttls},
 * {@code gov.mail.from}); without an SMTP host, keeps it in the outbox, in the caller's transaction, which the
 * {@code /outbox} page shows.
 *
 * @version $Id$
 */
@Component
@Singleton
public class SandboxNotifier implements Notifier
{
    private static final String SMTP = "gov.mail.smtp.";

    @Inject
    private GovStore store;

    @Inject
    private JdbcOutboxStore outbox;

    @Inject
    private NotificationRenderer renderer;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Inject
    private Clock clock;

    @Override
    public void send(Notification notification) throws GovException
    {
        RenderedMessage message = render(notification);
        String host = this.configuration.getProperty(SMTP + "host", "");
        if (host.isBlank()) {
            this.store.inTransaction(connection -> {
                this.outbox.insert(connection, message);
                return null;
            });
        } else {
            mail(host, message);
        }
    }

    private RenderedMessage render(Notification notification) throws GovException
    {
        RenderedNotification rendered = this.renderer.render(notification);
        return new RenderedMessage(rendered.recipientId(), rendered.email(), rendered.subject(), rendered.body(),
            this.clock.instant());
    }

    private void mail(String host, RenderedMessage message) throws GovException
    {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(this.configuration.getProperty(SMTP + "port", 25)));
        properties.put("mail.smtp.starttls.enable",
            String.valueOf(this.configuration.getProperty(SMTP + "starttls", false)));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        String username = this.configuration.getProperty(SMTP + "username", "");
        Authenticator authenticator = null;
        if (!username.isBlank()) {
            properties.put("mail.smtp.auth", "true");
            String password = this.configuration.getProperty(SMTP + "password", "");
            authenticator = new Authenticator()
            {
                @Override
                protected PasswordAuthentication getPasswordAuthentication()
                {
                    return new PasswordAuthentication(username, password);
                }
            };
        }
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(properties, authenticator));
            mime.setFrom(new InternetAddress(this.configuration.getProperty("gov.mail.from", "noreply@gov.example")));
            mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.email()));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setText(message.body(), "UTF-8");
            Transport.send(mime);
        } catch (MessagingException e) {
            throw new GovException(e, "gov.sandbox.error.mail", host, e.getMessage());
        }
    }
}
