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
package org.xwiki.contrib.gov.policy.internal.export;

import java.util.Optional;

import org.xwiki.contrib.gov.audit.AuditEvidence;

/**
 * The audit evidence a receipt carries, or why it carries none: not signed yet, or a chain that does not hold.
 *
 * @param evidence the evidence, when a signed checkpoint covers the acknowledgement's audit record
 * @param broken whether the audit chain failed its check between the record and the checkpoint
 * @version $Id$
 */
public record ReceiptEvidence(Optional<AuditEvidence> evidence, boolean broken)
{
    /**
     * @return no evidence yet: the record waits to join the chain or for a checkpoint
     */
    public static ReceiptEvidence notYet()
    {
        return new ReceiptEvidence(Optional.empty(), false);
    }
}
