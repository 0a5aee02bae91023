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

import java.time.Instant;

import org.xwiki.contrib.gov.audit.AuditEvidence;

/**
 * A signed statement that the audit chain's record {@code sequence} had the hash {@code hash} at {@code at}: what
 * someone with write access to the database cannot forge without the signing key, which is kept outside it.
 *
 * @param sequence the sequence number of the chain's last record
 * @param hash that record's hash
 * @param at when the checkpoint was signed
 * @param signature the Ed25519 signature of {@link #signedText()}, Base64
 * @version $Id$
 */
public record AuditCheckpoint(long sequence, String hash, Instant at, String signature)
{
    /**
     * @return the bytes signed: a fixed label, the sequence number, the hash and the time, one per line
     */
    public byte[] signedText()
    {
        return AuditEvidence.checkpointText(this.sequence, this.hash, this.at);
    }

    /**
     * @return the checkpoint as one line of the checkpoint file
     */
    public String toLine()
    {
        return this.sequence + " " + this.hash + ' ' + this.at + ' ' + this.signature;
    }

    /**
     * @param line a line of the checkpoint file
     * @return the checkpoint it holds
     * @throws IllegalArgumentException when the line is not a checkpoint
     */
    public static AuditCheckpoint fromLine(String line)
    {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4) {
            throw new IllegalArgumentException("Not a checkpoint: " + line);
        }
        return new AuditCheckpoint(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]), parts[3]);
    }
}
