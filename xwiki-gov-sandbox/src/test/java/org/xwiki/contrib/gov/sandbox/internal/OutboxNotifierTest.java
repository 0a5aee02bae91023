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

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.sandbox.Sandbox;
import org.xwiki.contrib.gov.sandbox.SandboxComponents;
import org.xwiki.contrib.gov.sandbox.SandboxException;
import org.xwiki.contrib.gov.store.GovStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The sandbox's notifier: messages land in the outbox, in the recipient's language.
 *
 * @version $Id$
 */
class OutboxNotifierTest
{
    @TempDir
    Path data;

    private SandboxComponents components;

    @BeforeEach
    void boot() throws SandboxException, GovException
    {
        this.components = SandboxComponents.boot(Sandbox.prepareDataFolder(this.data));
        this.components.get(DemoData.class).createIfEmpty();
    }

    @AfterEach
    void close()
    {
        this.components.close();
    }

    @Test
    void rendersEachMessageInTheRecipientsLanguage() throws Exception
    {
        Notifier notifier = this.components.get(Notifier.class);
        notifier.send(new Notification("alice", "gov.core.agency.created", "gov.core.unit.created", List.of("X")));
        notifier.send(new Notification("gov", "gov.core.agency.created", "gov.core.unit.created", List.of("Y")));

        assertEquals(List.of("alice|alice@demo.gov.example|Agency X created.|Unit X created.",
            "gov|gov@demo.gov.example|Organisme Y créé.|Unité Y créée."), outbox());
    }

    @Test
    void refusesAnUnknownRecipient() throws Exception
    {
        GovException refusal = assertThrows(GovException.class, () -> this.components.get(Notifier.class)
            .send(new Notification("ghost", "a", "b", List.of())));

        assertEquals("gov.core.error.user.unknown", refusal.getMessageKey());
        assertEquals(List.of(), outbox());
    }

    private List<String> outbox() throws GovException
    {
        return this.components.get(GovStore.class).inTransaction(connection -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                "SELECT recipient, email, subject, body FROM gov_sandbox_outbox ORDER BY message_id");
                ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(String.join("|", result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4)));
                }
            }
            return rows;
        });
    }
}
