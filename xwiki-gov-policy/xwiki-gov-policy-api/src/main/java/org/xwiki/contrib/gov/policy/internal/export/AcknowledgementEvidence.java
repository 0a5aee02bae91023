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

import javax.inject.Inject;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.policy.Acknowledgement;

/**
 * Finds an acknowledgement's audit record and the evidence its receipt carries.
 *
 * @version $Id$
 */
@Component(roles = AcknowledgementEvidence.class)
@Singleton
public class AcknowledgementEvidence
{
    /** The audit event of an acknowledgement, whose details name it under {@value #FIELD}. */
    public static final String EVENT = "policy.acknowledgement.recorded";

    /** The field of the audit record's details that holds the acknowledgement's number. */
    public static final String FIELD = "acknowledgement";

    @Inject
    private AuditLog auditLog;

    @Inject
    private Logger logger;

    /**
     * @param acknowledgement an acknowledgement
     * @return the evidence of its audit record, or why there is none
     * @throws GovException when the store fails
     */
    public ReceiptEvidence of(Acknowledgement acknowledgement) throws GovException
    {
        Optional<AuditRecord> record = this.auditLog.find(EVENT, FIELD, String.valueOf(acknowledgement.id()),
            acknowledgement.acknowledgedAt());
        if (record.isEmpty()) {
            return ReceiptEvidence.notYet();
        }
        try {
            return new ReceiptEvidence(this.auditLog.getEvidence(record.get().sequence()), false);
        } catch (GovException e) {
            if (!"gov.core.audit.error.evidenceBroken".equals(e.getMessageKey())) {
                throw e;
            }
            // The person still gets their receipt; the administrators must run the verification.
            this.logger.error("No audit evidence for acknowledgement {}: the chain does not hold after record {}",
                acknowledgement.id(), record.get().sequence());
            return new ReceiptEvidence(Optional.empty(), true);
        }
    }
}
