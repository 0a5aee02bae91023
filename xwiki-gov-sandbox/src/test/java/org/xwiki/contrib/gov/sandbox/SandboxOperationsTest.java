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

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.authorization.GovAuthorization;
import org.xwiki.contrib.gov.sandbox.internal.DemoData;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may do what the sandbox's own operations allow, for each kind of demo user.
 *
 * @version $Id$
 */
class SandboxOperationsTest
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
    void onlyGovernmentAdministratorsReadEveryOutbox() throws GovException
    {
        GovAuthorization authorization = this.components.get(GovAuthorization.class);
        Map<String, Boolean> expected = Map.of("gov", true, "ada", false, "hana", false, "alice", false);
        for (Map.Entry<String, Boolean> user : expected.entrySet()) {
            assertEquals(user.getValue(), authorization.isAllowed(Actor.user(user.getKey(), user.getKey(),
                Locale.ENGLISH), SandboxOperations.READ_EVERY_OUTBOX, Optional.empty()), user.getKey());
        }
        assertEquals(false, authorization.isAllowed(Actor.anonymous(Locale.ENGLISH),
            SandboxOperations.READ_EVERY_OUTBOX, Optional.empty()));
    }
}
