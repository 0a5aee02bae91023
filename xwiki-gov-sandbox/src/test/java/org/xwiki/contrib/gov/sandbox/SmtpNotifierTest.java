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
package org.xwiki.contrib.gov.sandbox;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.sandbox.internal.DemoData;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The sandbox's notifier against a real SMTP server (GreenMail, in process).
 *
 * @version $Id$
 */
class SmtpNotifierTest
{
    @TempDir
    Path data;

    private GreenMail smtp;

    private SandboxComponents components;

    @AfterEach
    void stop()
    {
        if (this.components != null) {
            this.components.close();
        }
        if (this.smtp != null) {
            this.smtp.stop();
        }
    }

    private Notifier boot(int port) throws Exception
    {
        Files.writeString(this.data.resolve(SandboxComponents.CONFIGURATION_FILE),
            "gov.mail.smtp.host=127.0.0.1\ngov.mail.smtp.port=" + port + "\ngov.mail.from=hr@health.example\n");
        this.components = SandboxComponents.boot(Sandbox.prepareDataFolder(this.data));
        this.components.get(DemoData.class).createIfEmpty();
        return this.components.get(Notifier.class);
    }

    @Test
    void mailsEachNotificationInItsRecipientsLanguage() throws Exception
    {
        this.smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.smtp.start();
        Notifier notifier = boot(this.smtp.getSmtp().getPort());
        List<String> parameters = List.of("Social media policy", "Politique sur les médias sociaux", "2026-12-01",
            "SOCIAL_MEDIA", "7");

        notifier.send(new Notification("alice", "gov.policy.mail.reminder.subject", "gov.policy.mail.reminder.body",
            parameters));
        notifier.send(new Notification("gov", "gov.policy.mail.reminder.subject", "gov.policy.mail.reminder.body",
            parameters));

        MimeMessage[] received = this.smtp.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals("Reminder: acknowledge \"Social media policy\" by 2026-12-01", received[0].getSubject());
        assertEquals("alice@demo.gov.example", received[0].getAllRecipients()[0].toString());
        assertEquals("hr@health.example", received[0].getFrom()[0].toString());
        assertEquals("Rappel : attestez « Politique sur les médias sociaux » d’ici le 2026-12-01",
            received[1].getSubject(), "gov reads French");
    }

    @Test
    void anUnreachableMailServerFailsTheSendingWithItsName() throws Exception
    {
        int closedPort = freePort();
        Notifier notifier = boot(closedPort);

        GovException failure = assertThrows(GovException.class, () -> notifier.send(new Notification("alice",
            "gov.policy.mail.reminder.subject", "gov.policy.mail.reminder.body", List.of("a", "b", "c", "d", "e"))));

        assertEquals("gov.sandbox.error.mail", failure.getMessageKey());
        assertEquals("127.0.0.1", failure.getParameters().get(0));
    }

    private static int freePort() throws Exception
    {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
