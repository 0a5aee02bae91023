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
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.export.XlsxReading;
import org.xwiki.contrib.gov.store.DatabaseKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.input;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * The compliance exports on H2 and PostgreSQL, streamed as CSV and XLSX.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ComplianceExportStoreTest extends AbstractPolicyStoreTest
{
    @Test
    void exportsStreamTheAssignmentsAsCsvAndXlsx() throws Exception
    {
        publishSocial(this.kernel, content(), this.today.plusDays(14));
        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(1));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFguideline,major_version,user_id,agency,unit,state,due_date,overdue,"));
        assertEquals(4, text.strip().split("\r\n").length, "header and three people");
        assertTrue(text.contains("SOCIAL_MEDIA,1,alice,HEALTH,,DONE,"), text);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.XLSX, xlsx);
        String sheet = XlsxReading.sheetText(xlsx.toByteArray());
        assertTrue(sheet.contains("<t xml:space=\"preserve\">alice</t>"), sheet);
        assertEquals(4, sheet.split("<row>").length - 1);

        // The first version's assignments stay in the table (H2 scans it whole): only the current one's are exported.
        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("Second", "Seconde"), Optional.of(this.today.plusDays(30)))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, second);
        List<String> rows = List.of(second.toString(StandardCharsets.UTF_8).strip().split("\r\n"));
        assertEquals(4, rows.size(), "header and three people");
        assertTrue(rows.subList(1, 4).stream().allMatch(row -> row.startsWith("SOCIAL_MEDIA,2,")), rows::toString);
        assertTrue(rows.contains("SOCIAL_MEDIA,2,alice,HEALTH,,PENDING," + this.today.plusDays(30) + ",no,,,,,"),
            "the first version's acknowledgement does not count for the second: " + rows);

        this.acknowledgements.acknowledge(ALICE, SOCIAL, input(2));
        ByteArrayOutputStream acknowledged = new ByteArrayOutputStream();
        this.compliance.export(HANA, SOCIAL, ExportFormat.CSV, acknowledged);
        List<String> after = List.of(acknowledged.toString(StandardCharsets.UTF_8).strip().split("\r\n"));
        assertEquals(1, after.stream().filter(row -> row.startsWith("SOCIAL_MEDIA,2,alice,HEALTH,,DONE,")
            && row.endsWith(",2,SELF_SERVICE,en,")).count(), after::toString);
        assertEquals(2, after.stream().filter(row -> row.contains(",PENDING,")).count(), after::toString);
    }
}
