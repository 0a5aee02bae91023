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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * The signed checkpoints of the audit chain, appended to {@code checkpoints.log} beside the signing key, outside the
 * database: each says which hash the chain's last record had when it was signed. Someone who can write to the
 * database but not to the server's files can then remove, rewrite or recompute no record up to the last checkpoint
 * without {@code verify-audit} reporting it.
 *
 * @version $Id$
 */
@Component(roles = AuditCheckpoints.class)
@Singleton
public class AuditCheckpoints
{
    private static final String FILE = "checkpoints.log";

    @Inject
    private AuditSigningKey key;

    @Inject
    private GovStore store;

    @Inject
    private JdbcAuditStore auditStore;

    @Inject
    private Clock clock;

    /**
     * Signs the chain's head and appends the checkpoint, unless the last checkpoint already covers it.
     *
     * @return the checkpoint written, if any
     * @throws GovException when the database or the file fails
     */
    public synchronized Optional<AuditCheckpoint> write() throws GovException
    {
        AuditHead head = this.store.inTransaction(this.auditStore::readHead);
        Optional<AuditCheckpoint> last = read().stream().reduce((first, second) -> second);
        if (head.lastSequence() == 0 || last.isPresent() && last.get().sequence() == head.lastSequence()) {
            return Optional.empty();
        }
        AuditCheckpoint unsigned = new AuditCheckpoint(head.lastSequence(), head.lastHash(), this.clock.instant(), "");
        AuditCheckpoint checkpoint = new AuditCheckpoint(unsigned.sequence(), unsigned.hash(), unsigned.at(),
            this.key.sign(unsigned.signedText()));
        appendLine(file(), checkpoint.toLine());
        return Optional.of(checkpoint);
    }

    /**
     * @return every checkpoint of the file, oldest first (a line that is not one is kept with an empty signature, so
     *     that verification reports it)
     * @throws GovException when the file cannot be read
     */
    public List<AuditCheckpoint> read() throws GovException
    {
        Path file = file();
        if (!Files.exists(file)) {
            return List.of();
        }
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    checkpoints.add(parse(line));
                }
            }
        } catch (IOException e) {
            throw new GovException(e, "gov.core.audit.error.checkpointFile", file, e.getMessage());
        }
        return checkpoints;
    }

    /**
     * @param checkpoint a checkpoint read from the file
     * @return whether the signing key signed it
     */
    public boolean isSigned(AuditCheckpoint checkpoint)
    {
        return this.key.verify(checkpoint.signedText(), checkpoint.signature());
    }

    /**
     * @return the SHA-256 fingerprint of the public key that checks the checkpoints
     */
    public String getKeyFingerprint()
    {
        return this.key.getFingerprint();
    }

    /**
     * Appends a line to one of the files kept beside the audit key, on disk before it returns.
     *
     * @param file the file
     * @param line the line, without its end
     * @throws GovException when the file cannot be written
     */
    static void appendLine(Path file, String line) throws GovException
    {
        try {
            Files.writeString(file, line + '\n', StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new GovException(e, "gov.core.audit.error.checkpointFile", file, e.getMessage());
        }
    }

    private static AuditCheckpoint parse(String line)
    {
        try {
            return AuditCheckpoint.fromLine(line);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new AuditCheckpoint(-1, line, Instant.EPOCH, "");
        }
    }

    private Path file()
    {
        return this.key.getFolder().resolve(FILE);
    }
}
