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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.internal.AuditCheckpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An acknowledgement's receipt carries the audit evidence once a signed checkpoint covers its record, and
 * {@code verify-audit --receipt FILE} checks it with nothing but the file.
 *
 * @version $Id$
 */
class ReceiptEvidenceHttpTest extends AbstractSandboxHttpTest
{
    private static final String API = "/gov/rest/policy/";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aReceiptCarriesItsEvidenceOnceSignedAndAnyoneChecksItOffline(@TempDir Path folder) throws Exception
    {
        SandboxClient alice = signedIn("alice");
        HttpResponse<String> acknowledged = alice.send("POST", API + "guidelines/SOCIAL_MEDIA/acknowledgements",
            "{\"version\":1,\"language\":\"en\",\"answers\":[1],\"attested\":true,\"signature\":\"Alice Martin\"}",
            Map.of("Content-Type", "application/json", "X-CSRF-Token", alice.token("/")));
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        String receiptPath = API + "acknowledgements/" + new ObjectMapper().readTree(acknowledged.body()).path("id")
            + "/receipt";

        String early = alice.get(receiptPath).body();
        assertTrue(early.contains("AUDIT EVIDENCE\nNot signed yet"), early);
        Path earlyFile = Files.writeString(folder.resolve("early.txt"), early);
        assertEquals(SandboxMain.FAILURE, verify(earlyFile));
        assertTrue(err().contains("This receipt carries no audit evidence"), err());

        AuditLog auditLog = this.sandbox.components().get(AuditLog.class);
        while (auditLog.chainPending(100) > 0) {
            // Chained now rather than within the second.
        }
        this.sandbox.components().get(AuditCheckpoints.class).write();
        String receipt = alice.get(receiptPath).body();
        assertTrue(receipt.contains(AuditEvidence.BEGIN), receipt);
        assertTrue(receipt.contains("audit key fingerprint (SHA-256): " + auditLog.getCheckpointKeyFingerprint()),
            receipt);
        Path file = Files.writeString(folder.resolve("receipt.txt"), receipt);
        assertEquals(SandboxMain.OK, verify(file), err());
        String checked = this.out.toString(StandardCharsets.UTF_8);
        assertTrue(checked.startsWith("The receipt\u2019s evidence holds: audit record "), checked);
        assertTrue(checked.contains(auditLog.getCheckpointKeyFingerprint()), checked);
        assertTrue(checked.contains("\"user\":\"alice\""), "the record's details are shown: " + checked);

        Path forged = Files.writeString(folder.resolve("forged.txt"),
            receipt.replace("\\\"user\\\":\\\"alice\\\"", "\\\"user\\\":\\\"bob\\\""));
        assertFalse(Files.readString(forged).equals(receipt), "the record in the evidence was changed");
        assertEquals(SandboxMain.BROKEN_CHAIN, verify(forged));
        assertTrue(err().contains("the audit record in it does not match its hash"), err());
    }

    private int verify(Path receipt)
    {
        this.out.reset();
        this.err.reset();
        return new SandboxMain(new PrintStream(this.out, true, StandardCharsets.UTF_8),
            new PrintStream(this.err, true, StandardCharsets.UTF_8)).run(List.of("verify-audit", "--receipt",
                receipt.toString()));
    }

    private String err()
    {
        return this.err.toString(StandardCharsets.UTF_8);
    }
}
