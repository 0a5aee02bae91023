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
package org.xwiki.contrib.gov.policy.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.AcknowledgementMethod;
import org.xwiki.contrib.gov.policy.ComplianceCounts;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.store.DatabaseKind;
import org.xwiki.contrib.gov.test.Persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * HR's actions on H2 and PostgreSQL: extensions, exemptions, acknowledgements on behalf, retirement, and the figures
 * that follow.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class HrActionStoreTest extends AbstractPolicyStoreTest
{
    @Test
    void hrExtendsExemptsAndRecordsOnBehalfAndTheFiguresFollow() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(2));
        this.kernel.clock().advance(Duration.ofDays(5));
        ComplianceCounts overdue = this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total();
        assertEquals(new ComplianceCounts(3, 0, 3, 3, 0), overdue);
        assertEquals(1, this.acknowledgements.countMyOverdue(ALICE));

        this.acknowledgements.extend(HANA, SOCIAL, "alice", this.today.plusDays(20), "Parental leave");
        this.acknowledgements.exempt(HANA, SOCIAL, "omar", "Secondment abroad");
        Acknowledgement onBehalf = this.acknowledgements.recordOnBehalf(HANA, SOCIAL, "hana", Locale.ENGLISH,
            "Signed paper form, filed");

        assertEquals(AcknowledgementMethod.ON_BEHALF, onBehalf.method());
        assertEquals(Optional.of("Signed paper form, filed"), onBehalf.note());
        ComplianceCounts after = this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total();
        assertEquals(new ComplianceCounts(3, 1, 1, 0, 1), after);
        assertEquals(50.0, after.compliancePercent());
        assertEquals(0, this.acknowledgements.countMyOverdue(ALICE));
        assertEquals("gov.policy.error.extensionNotLater", assertThrows(GovException.class,
            () -> this.acknowledgements.extend(HANA, SOCIAL, "alice", this.today.plusDays(1), "Again"))
            .getMessageKey());
        assertEquals("gov.policy.field.reason.required", assertThrows(GovException.class,
            () -> this.acknowledgements.exempt(HANA, SOCIAL, "alice", " ")).getMessageKey());
        assertEquals("gov.policy.error.notRequired", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(Persona.AGENCY_ADMIN_OWN.actor(), SOCIAL, input(1)))
            .getMessageKey());
        assertTallyMatchesAssignments();
    }

    @Test
    void retiringWithdrawsWhatIsPendingAndKeepsTheHistoryReadable() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));
        this.kernel.clock().advance(Duration.ofDays(20));
        this.guidelines.retire(HANA, SOCIAL);

        List<AuditRecord> records = this.kernel.get(AuditLog.class).read(1, 1000);
        AuditRecord retired = records.get(records.size() - 1);
        assertEquals("policy.guideline.retired", retired.type());
        assertTrue(retired.payload().contains("\"withdrawnAssignments\":2"), retired.payload());
        assertEquals(List.of(), this.compliance.getOverdue(HANA, SOCIAL, Optional.empty(), 0, 10));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, csv);
        List<String> rows = List.of(csv.toString(StandardCharsets.UTF_8).strip().split("\r\n"));
        assertEquals(1, rows.stream().filter(row -> row.contains(",alice,HEALTH,,DONE,")).count(), rows::toString);
        assertEquals(2, rows.stream().filter(row -> row.contains(",WITHDRAWN," + this.today.plusDays(14) + ",no,"))
            .count(), rows::toString);

        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.acknowledgements.acknowledge(HANA, SOCIAL, input(1))).getMessageKey());
        assertEquals(List.of(), this.acknowledgements.getMyAssignments(HANA));
        assertEquals(1, this.guidelines.listVersions(ALICE, SOCIAL).size());
        assertEquals(1, this.acknowledgements.getMyHistory(ALICE).size());
        assertEquals(new ComplianceCounts(1, 1, 0, 0, 0),
            this.compliance.getReport(HANA, SOCIAL, Optional.empty()).total());
        assertEquals("gov.policy.error.retired", assertThrows(GovException.class,
            () -> this.guidelines.saveDraft(HANA, SOCIAL, content())).getMessageKey());
    }
}
