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
package org.xwiki.contrib.gov.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.test.AbstractKernelTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFC 3161 time-stamps of the audit checkpoints, against an authority in the test's process: each checkpoint is
 * stamped, one the authority missed is stamped later, and a checkpoint removed or rewritten no longer fits its stamp.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AuditTimestampsTest extends AbstractKernelTest
{
    private static final Actor ALICE = Actor.user("alice", "Alice", Locale.ENGLISH);

    private InProcessTimeStampAuthority authority;

    @BeforeEach
    void startAuthority() throws Exception
    {
        this.authority = new InProcessTimeStampAuthority();
        this.kernel.configuration().setProperty("gov.audit.timestampUrl", this.authority.url());
    }

    @AfterEach
    void stopAuthority()
    {
        this.authority.close();
    }

    @Test
    void eachCheckpointIsStampedAndOneTheAuthorityMissedIsStampedAtTheNextRound() throws Exception
    {
        append(1);
        checkpointTask().run();
        assertEquals(List.of(1L), List.copyOf(timestamps().read().keySet()));
        assertTrue(log().verify().isIntact());

        this.authority.setDown(true);
        append(2);
        checkpointTask().run();
        assertEquals(2, checkpoints().read().size(), "the checkpoint is signed whatever the authority does");
        assertEquals(List.of(1L), List.copyOf(timestamps().read().keySet()));

        this.authority.setDown(false);
        checkpointTask().run();
        assertEquals(List.of(1L, 2L), List.copyOf(timestamps().read().keySet()), "stamped once it answers");
        assertTrue(log().verify().isIntact());
    }

    @Test
    void aCheckpointRemovedOrAStampMovedOntoAnotherIsReported() throws Exception
    {
        append(1);
        checkpointTask().run();
        append(2);
        checkpointTask().run();
        Path folder = this.kernel.get(AuditSigningKey.class).getFolder();
        Path checkpointFile = folder.resolve("checkpoints.log");
        String checkpoints = Files.readString(checkpointFile);

        // The first checkpoint's line removed: its signature cannot tell, its time-stamp does.
        Files.writeString(checkpointFile, checkpoints.substring(checkpoints.indexOf('\n') + 1));
        assertEquals("gov.core.audit.problem.checkpointRemoved", log().verify().problem().orElseThrow());
        Files.writeString(checkpointFile, checkpoints);

        Path stampFile = folder.resolve("timestamps.log");
        Map<Long, String> tokens = timestamps().read();
        Files.writeString(stampFile, "1 " + tokens.get(1L) + "\n2 " + tokens.get(1L) + "\n");
        assertEquals("gov.core.audit.problem.timestamp", log().verify().problem().orElseThrow());
        assertEquals(2L, log().verify().firstBrokenSequence().orElseThrow());
    }

    @Test
    void onlyTheNamedAuthorityIsTrustedWhenOneIsNamed() throws Exception
    {
        append(1);
        checkpointTask().run();
        Path trusted = Files.writeString(this.folder.resolve("tsa.pem"), this.authority.certificatePem());
        this.kernel.configuration().setProperty("gov.audit.timestampCertificate", trusted.toString());
        assertTrue(log().verify().isIntact());

        try (InProcessTimeStampAuthority other = new InProcessTimeStampAuthority()) {
            Files.writeString(trusted, other.certificatePem());
            assertEquals("gov.core.audit.problem.timestamp", log().verify().problem().orElseThrow(),
                "a stamp by another authority than the one named");
        }
    }

    private void append(int n) throws Exception
    {
        log().append(ALICE, "test.numbered", Map.of("n", n));
    }

    private AuditLog log()
    {
        return this.kernel.get(AuditLog.class);
    }

    private AuditCheckpoints checkpoints()
    {
        return this.kernel.get(AuditCheckpoints.class);
    }

    private AuditTimestamps timestamps()
    {
        return this.kernel.get(AuditTimestamps.class);
    }

    private GovTask checkpointTask()
    {
        return this.kernel.get(GovTask.class, "audit-checkpoint");
    }
}
