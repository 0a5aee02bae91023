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

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.xwiki.contrib.gov.CanonicalJson;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.audit.AuditRecord;

/**
 * Checks a receipt's evidence with nothing but what it carries, as an auditor does offline: the record's hash, the
 * checkpoint's and the statement's signatures with the public key it names. Whether that key is the wiki's audit key
 * is the auditor's to tell, by its fingerprint.
 *
 * @version $Id$
 */
public final class AuditEvidenceCheck
{
    private static final String PROBLEM = "gov.core.audit.evidence.";

    private AuditEvidenceCheck()
    {
    }

    /**
     * @param evidence a receipt's evidence
     * @return the translation key of what is wrong with it, empty when it holds
     */
    public static Optional<String> problem(AuditEvidence evidence)
    {
        AuditRecord record = evidence.record();
        try {
            CanonicalJson json = new CanonicalJson();
            String recomputed = new AuditHasher().hash(record.sequence(), record.recordedAt().toEpochMilli(),
                record.actorId(), record.type(), record.payload(), record.previousHash());
            boolean canonical = json.write(json.read(record.payload())).equals(record.payload());
            if (!canonical || !recomputed.equals(record.hash())) {
                return Optional.of(PROBLEM + "recordAltered");
            }
        } catch (JsonProcessingException e) {
            return Optional.of(PROBLEM + "recordAltered");
        }
        if (record.sequence() > evidence.checkpointSequence()) {
            return Optional.of(PROBLEM + "notCovered");
        }
        if (!AuditSigningKey.verify(evidence.publicKey(), AuditEvidence.checkpointText(evidence.checkpointSequence(),
            evidence.checkpointHash(), evidence.checkpointAt()), evidence.checkpointSignature())) {
            return Optional.of(PROBLEM + "checkpointSignature");
        }
        if (!AuditSigningKey.verify(evidence.publicKey(), evidence.statementText(), evidence.statementSignature())) {
            return Optional.of(PROBLEM + "statementSignature");
        }
        return Optional.empty();
    }
}
