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

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.SectionChange;
import org.xwiki.contrib.gov.policy.TextSpan;
import org.xwiki.contrib.gov.policy.VersionChanges;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.store.DatabaseKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.SOCIAL;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.publishSocial;

/**
 * Guidelines written in XWiki 2.1 syntax on H2 and PostgreSQL: published with headings, a list and a table, compared
 * section by section between versions, refused when the languages' sections differ, and a large minor change
 * confirmed in the audit chain.
 *
 * @version $Id$
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class GuidelineSectionsStoreTest extends AbstractPolicyStoreTest
{
    private static final String ENGLISH = "Read this first.\n\n= Scope =\n\n* Staff\n* Contractors\n\n"
        + "= Reporting =\n\nTell someone at once.\n\n|=What|=Who\n|A threat|Your manager\n";

    private static final String FRENCH = "Lisez ceci d'abord.\n\n= Portée =\n\n* Personnel\n* Contractuels\n\n"
        + "= Signalement =\n\nDites-le tout de suite.\n\n|=Quoi|=Qui\n|Une menace|Votre gestionnaire\n";

    @Test
    void aMajorVersionShowsReadersExactlyTheSectionItChanged() throws Exception
    {
        publishSocial(this.kernel, text(ENGLISH, FRENCH), this.today.plusDays(14));
        this.guidelines.saveDraft(HANA, SOCIAL, text(ENGLISH.replace("Your manager", "The security office"),
            FRENCH.replace("Votre gestionnaire", "Le bureau de la sécurité")));
        this.guidelines.publish(HANA, SOCIAL, new PublicationRequest(VersionKind.MAJOR, "2.0",
            new Bilingual("Threats go to security.", "Les menaces vont à la sécurité."),
            Optional.of(this.today.plusDays(30))).confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT));

        VersionChanges changes = this.guidelines.compareWithPrevious(ALICE, SOCIAL, 2, "en");

        assertEquals(1, changes.sections().size(), changes.toString());
        SectionChange reporting = changes.sections().get(0);
        assertEquals("Reporting", reporting.heading());
        assertEquals(SectionChange.Kind.CHANGED, reporting.kind());
        assertEquals(List.of("Your manager"), marked(reporting.before(), TextSpan.Kind.REMOVED));
        assertEquals(List.of("The security office"), marked(reporting.after(), TextSpan.Kind.ADDED));
        assertEquals(List.of("Le bureau de la sécurité"), marked(this.guidelines.compareWithPrevious(ALICE, SOCIAL,
            2, "fr").sections().get(0).after(), TextSpan.Kind.ADDED));
        assertEquals(List.of(), this.guidelines.compareWithPrevious(ALICE, SOCIAL, 1, "en").sections());
    }

    @Test
    void aVersionWhoseFrenchLacksASectionIsNotPublished() throws Exception
    {
        String withoutReporting = FRENCH.substring(0, FRENCH.indexOf("= Signalement ="));

        assertRefused("gov.policy.error.sectionMissingFr",
            () -> publishSocial(this.kernel, text(ENGLISH, withoutReporting), this.today.plusDays(14)));
        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_version"));
        assertEquals(0, count("SELECT COUNT(*) FROM gov_policy_assignment"));
    }

    @Test
    void aMinorVersionRewritingASectionIsPublishedOnlyOnceHrConfirmsItAndTheChoiceIsAudited() throws Exception
    {
        publishSocial(this.kernel, text(ENGLISH, FRENCH), this.today.plusDays(14));
        this.guidelines.saveDraft(HANA, SOCIAL, text(ENGLISH.replace("Tell someone at once.",
            "Write down what happened, keep any evidence, and call the duty officer before the end of the day."),
            FRENCH));
        PublicationRequest minor = new PublicationRequest(VersionKind.MINOR, "1.1",
            new Bilingual("Clearer reporting.", "Signalement plus clair."), Optional.empty())
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT);

        assertRefused("gov.policy.error.minorChangesLarge", () -> this.guidelines.publish(HANA, SOCIAL, minor));
        assertEquals(1, count("SELECT COUNT(*) FROM gov_policy_version"));

        this.guidelines.publish(HANA, SOCIAL, minor.confirming(PublicationConfirmation.MINOR_DESPITE_CHANGES));
        List<AuditRecord> records = this.kernel.get(AuditLog.class).read(1, 1000);
        String published = records.get(records.size() - 1).payload();
        assertTrue(published.contains("\"confirmed\":[\"LANGUAGES_EQUIVALENT\",\"MINOR_DESPITE_CHANGES\"]"),
            published);
        assertTrue(published.contains("\"kind\":\"MINOR\""), published);
    }

    private static GuidelineContent text(String english, String french)
    {
        return new GuidelineContent(new Bilingual("Conduct", "Conduite"), new Bilingual(english, french),
            BodySyntax.XWIKI_21, new Bilingual("I will comply.", "Je m'y conformerai."), List.of(), 0);
    }

    private static List<String> marked(List<TextSpan> spans, TextSpan.Kind kind)
    {
        return spans.stream().filter(span -> span.kind() == kind).map(TextSpan::text).toList();
    }
}
