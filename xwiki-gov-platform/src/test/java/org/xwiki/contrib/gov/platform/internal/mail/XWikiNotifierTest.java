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

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.inject.Named;
import javax.inject.Provider;
import javax.mail.Message;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.NotificationRenderer;
import org.xwiki.contrib.gov.notification.RenderedNotification;
import org.xwiki.mail.MailListener;
import org.xwiki.mail.MailSender;
import org.xwiki.mail.MailSenderConfiguration;
import org.xwiki.mail.MailStatus;
import org.xwiki.mail.MailStatusResult;
import org.xwiki.mail.SessionFactory;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A notification is mailed through XWiki's mail sender with the wiki's sender address, in the recipient's language,
 * and a sending that fails or does not end in time is the caller's failure.
 *
 * @version $Id$
 */
@ComponentTest
class XWikiNotifierTest
{
    private static final Notification REMINDER =
        new Notification("xwiki:XWiki.hana", "gov.policy.reminder.subject", "gov.policy.reminder.body", List.of());

    @InjectMockComponents
    private XWikiNotifier notifier;

    @MockComponent
    private NotificationRenderer renderer;

    @MockComponent
    private MailSender sender;

    @MockComponent
    private SessionFactory sessions;

    @MockComponent
    private MailSenderConfiguration configuration;

    @MockComponent
    @Named("database")
    private Provider<MailListener> listeners;

    private final MailListener listener = mock(MailListener.class);

    private final MailStatusResult result = mock(MailStatusResult.class);

    private final Session session = Session.getInstance(new Properties());

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.renderer.render(REMINDER)).thenReturn(new RenderedNotification("xwiki:XWiki.hana",
            "hana@health.example", "Rappel : code de conduite", "Merci de lire le code de conduite."));
        when(this.sessions.create(Map.of())).thenReturn(this.session);
        when(this.configuration.getFromAddress()).thenReturn("wiki@gov.example");
        when(this.listeners.get()).thenReturn(this.listener);
        when(this.listener.getMailStatusResult()).thenReturn(this.result);
        when(this.result.isProcessed()).thenReturn(true);
        when(this.result.getAllErrors()).thenReturn(Collections.emptyIterator());
    }

    @Test
    void mailedWithTheWikisSettingsInTheRecipientsLanguage() throws Exception
    {
        this.notifier.send(REMINDER);

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Iterable<MimeMessage>> messages = ArgumentCaptor.forClass(Iterable.class);
        verify(this.sender).sendAsynchronously(messages.capture(), same(this.session), same(this.listener));
        MimeMessage message = messages.getValue().iterator().next();
        assertEquals("wiki@gov.example", message.getFrom()[0].toString());
        assertEquals("hana@health.example", message.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Rappel : code de conduite", message.getSubject());
        assertEquals("Merci de lire le code de conduite.", message.getContent());
        verify(this.result).waitTillProcessed(anyLong());
    }

    @Test
    void aFailedSendingIsTheCallersFailure()
    {
        MailStatus failed = mock(MailStatus.class);
        when(failed.getErrorSummary()).thenReturn("550 mailbox unavailable");
        when(this.result.getAllErrors()).thenReturn(List.of(failed).iterator());

        GovException error = assertThrows(GovException.class, () -> this.notifier.send(REMINDER));

        assertEquals("gov.platform.error.mail", error.getMessageKey());
        assertEquals(List.of("hana@health.example", "550 mailbox unavailable"), error.getParameters());
    }

    @Test
    void aSendingThatDoesNotEndInTimeIsAFailure()
    {
        when(this.result.isProcessed()).thenReturn(false);

        assertEquals("gov.platform.error.mailTimeout",
            assertThrows(GovException.class, () -> this.notifier.send(REMINDER)).getMessageKey());
    }

    @Test
    void anUnknownRecipientIsNeverMailed() throws Exception
    {
        when(this.renderer.render(REMINDER)).thenThrow(new GovException("gov.core.error.user.unknown", "x"));

        assertThrows(GovException.class, () -> this.notifier.send(REMINDER));

        verify(this.sender, never()).sendAsynchronously(any(), any(), any());
    }
}
