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

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.policy.Acknowledgement;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineVersion;

/**
 * Writes the plain-text receipt of an acknowledgement, in the language the person read: what, who, when, how, the
 * text read and the hash that identifies the exact text.
 *
 * @version $Id$
 */
@Component(roles = ReceiptWriter.class)
@Singleton
public class ReceiptWriter
{
    private static final String LINE = System.lineSeparator();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    @Inject
    private WikiDirectory directory;

    private final Translations translations = Translations.load(ReceiptWriter.class.getClassLoader());

    /**
     * @param acknowledgement the acknowledgement
     * @param version the version acknowledged
     * @param evidence the audit evidence of the acknowledgement
     * @return the receipt
     */
    public String write(Acknowledgement acknowledgement, GuidelineVersion version, ReceiptEvidence evidence)
    {
        Locale locale = acknowledgement.language();
        GuidelineContent content = version.content();
        StringBuilder receipt = new StringBuilder();
        line(receipt, locale, "gov.policy.receipt.title");
        receipt.append(LINE);
        line(receipt, locale, "gov.policy.receipt.number", acknowledgement.id());
        line(receipt, locale, "gov.policy.receipt.guideline", version.guidelineKey(), content.title().in(locale));
        line(receipt, locale, "gov.policy.receipt.version", version.number(), version.label(),
            TIME.format(version.publishedAt()));
        line(receipt, locale, "gov.policy.receipt.person", acknowledgement.userId(),
            this.directory.getDisplayName(acknowledgement.userId()).orElse(acknowledgement.userId()));
        line(receipt, locale, "gov.policy.receipt.time", TIME.format(acknowledgement.acknowledgedAt()
            .atOffset(ZoneOffset.UTC)));
        line(receipt, locale, "gov.policy.receipt.method." + acknowledgement.method().name(),
            acknowledgement.recordedBy(), acknowledgement.note().orElse(""));
        line(receipt, locale, "gov.policy.receipt.language." + locale.getLanguage());
        if (acknowledgement.quizScore().isPresent()) {
            line(receipt, locale, "gov.policy.receipt.quiz", acknowledgement.quizScore().get(),
                acknowledgement.quizTotal());
        }
        if (acknowledgement.signature().isPresent()) {
            line(receipt, locale, "gov.policy.receipt.signature", acknowledgement.signature().get());
        }
        line(receipt, locale, "gov.policy.receipt.hash", acknowledgement.textHash());
        receipt.append(LINE);
        line(receipt, locale, "gov.policy.receipt.textRead");
        receipt.append(LINE).append(content.title().in(locale)).append(LINE).append(LINE);
        receipt.append(content.body().in(locale)).append(LINE).append(LINE);
        receipt.append(content.attestation().in(locale)).append(LINE).append(LINE);
        line(receipt, locale, "gov.policy.receipt.evidence");
        if (evidence.evidence().isPresent()) {
            AuditEvidence audit = evidence.evidence().get();
            line(receipt, locale, "gov.policy.receipt.evidence.signed", audit.record().sequence(),
                audit.checkpointSequence(), TIME.format(audit.checkpointAt()), audit.fingerprint());
            receipt.append(audit.toBlock());
        } else {
            line(receipt, locale, "gov.policy.receipt.evidence." + (evidence.broken() ? "broken" : "notYet"));
        }
        return receipt.toString();
    }

    private void line(StringBuilder receipt, Locale locale, String key, Object... parameters)
    {
        receipt.append(this.translations.format(key, List.of(parameters).stream().map(String::valueOf).toList(),
            locale)).append(LINE);
    }
}
