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
package org.xwiki.contrib.gov.policy.script;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.Audience;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.PublicationConfirmation;
import org.xwiki.contrib.gov.policy.PublicationRequest;
import org.xwiki.contrib.gov.policy.Question;
import org.xwiki.contrib.gov.policy.VersionKind;
import org.xwiki.contrib.gov.policy.internal.content.QuizFields;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;

/**
 * HR's management of guidelines for templates, {@code $services.govpolicy.manage}: drafts, audiences, publication,
 * retirement, and the assignments HR records, extends or exempts. Parameters arrive as the request's strings; the
 * services check rights against the caller.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govpolicy.manage")
@Singleton
public class PolicyManageScriptService extends AbstractGovScriptService
{
    @Inject
    private GuidelineService guidelines;

    @Inject
    private AcknowledgementService acknowledgements;

    /**
     * @return the guidelines the caller may manage
     */
    public ScriptResult getManageable()
    {
        return read(() -> this.guidelines.listManageable(actor()));
    }

    /**
     * @return who may own a guideline the caller creates: agency keys, an empty one first for government-wide
     */
    public ScriptResult getOwners()
    {
        return read(() -> this.guidelines.listOwners(actor()).stream().map(owner -> owner.orElse("")).toList());
    }

    /**
     * @param key a guideline key
     * @return the guideline, for its managers
     */
    public ScriptResult getGuideline(String key)
    {
        return read(() -> this.guidelines.getForManagement(actor(), Inputs.text(key)));
    }

    /**
     * @param key a guideline key
     * @return its audience, for its managers
     */
    public ScriptResult getAudience(String key)
    {
        return read(() -> this.guidelines.getAudience(actor(), Inputs.text(key)));
    }

    /**
     * @param values keys or ids
     * @return them sorted and separated by commas, as the audience form takes them
     */
    public String join(Collection<String> values)
    {
        return values == null ? "" : String.join(", ", values.stream().sorted().toList());
    }

    /**
     * @param parameters the submitted form ({@code $request.getParameterMap()})
     * @return the quiz of the manage page's form, with the change one of its buttons asked for made (adding, moving or
     *     removing a question or an answer: {@code quizEdit}); see {@link QuizFields}
     */
    public List<Question> getQuiz(Map<String, ?> parameters)
    {
        return QuizFields.read(parameters);
    }

    /**
     * Creates a guideline.
     *
     * @param key its key
     * @param agencyKey its owning agency, blank for government-wide
     * @param fields the text fields: titleEn, titleFr, bodyEn, bodyFr, syntax (the body's, {@code xwiki/2.1} when
     *     absent, or {@code plain/1.0}), attestationEn, attestationFr, passMark
     * @param quiz the comprehension questions ({@link #getQuiz})
     * @return a confirmation, or why it failed
     */
    public ScriptResult createGuideline(String key, String agencyKey, Map<String, String> fields, List<Question> quiz)
    {
        return change("gov.policy.guideline.created", () -> this.guidelines.create(actor(), Inputs.text(key),
            Inputs.optional(agencyKey), content(fields, quiz)), key);
    }

    /**
     * @param key the guideline
     * @param fields the text fields, as for {@link #createGuideline}
     * @param quiz the comprehension questions ({@link #getQuiz})
     * @return a confirmation, or why it failed
     */
    public ScriptResult saveDraft(String key, Map<String, String> fields, List<Question> quiz)
    {
        return change("gov.policy.draft.saved",
            () -> this.guidelines.saveDraft(actor(), Inputs.text(key), content(fields, quiz)), key);
    }

    /**
     * @param key the guideline
     * @param agencies agency keys, separated by commas, spaces or lines
     * @param units unit keys
     * @param groups group ids
     * @param people user ids
     * @param exemptions user ids
     * @param graceDays the days a later joiner has to acknowledge
     * @return a confirmation, or why it failed
     */
    public ScriptResult saveAudience(String key, String agencies, String units, String groups, String people,
        String exemptions, String graceDays)
    {
        return change("gov.policy.audience.saved", () -> this.guidelines.saveAudience(actor(), Inputs.text(key),
            new Audience(list(agencies), list(units), list(groups), list(people), list(exemptions)),
            Inputs.requireNumber("gov.policy.field.graceDays", graceDays)), key);
    }

    /**
     * @param key the guideline
     * @param kind {@code MAJOR} or {@code MINOR}
     * @param label the version's name
     * @param summaryEn what changed, in English
     * @param summaryFr what changed, in French
     * @param dueDate the due date of a major version, {@code yyyy-mm-dd}
     * @param languagesEquivalent {@code true} (or {@code on}) when HR confirms that both languages say the same
     * @param minorDespiteChanges {@code true} (or {@code on}) when HR confirms a minor version whose text changed more
     *     than the configured share
     * @return a confirmation with the number of people assigned, or why it failed
     */
    public ScriptResult publish(String key, String kind, String label, String summaryEn, String summaryFr,
        String dueDate, String languagesEquivalent, String minorDespiteChanges)
    {
        return change("gov.policy.published", () -> {
            VersionKind versionKind = "MINOR".equals(kind) ? VersionKind.MINOR : VersionKind.MAJOR;
            Optional<LocalDate> due = Inputs.optional(dueDate).isEmpty() ? Optional.empty()
                : Optional.of(date(dueDate));
            Set<PublicationConfirmation> confirmations = EnumSet.noneOf(PublicationConfirmation.class);
            if (Inputs.ticked(languagesEquivalent)) {
                confirmations.add(PublicationConfirmation.LANGUAGES_EQUIVALENT);
            }
            if (Inputs.ticked(minorDespiteChanges)) {
                confirmations.add(PublicationConfirmation.MINOR_DESPITE_CHANGES);
            }
            return this.guidelines.publish(actor(), Inputs.text(key), new PublicationRequest(versionKind,
                Inputs.text(label), new Bilingual(Inputs.text(summaryEn), Inputs.text(summaryFr)), due,
                confirmations));
        }, publication -> List.of(Inputs.text(key), publication.version().number(), publication.assigned(),
            publication.withoutHomeAgency()));
    }

    /**
     * @param key a guideline key
     * @return what publishing its draft would change in the text of its current version, the sections in the
     *     caller's language
     */
    public ScriptResult getDraftChanges(String key)
    {
        return read(() -> this.guidelines.compareDraft(actor(), Inputs.text(key), actor().locale().getLanguage()));
    }

    /**
     * @param key the guideline
     * @return a confirmation, or why it failed
     */
    public ScriptResult retire(String key)
    {
        return change("gov.policy.retired", () -> this.guidelines.retire(actor(), Inputs.text(key)), key);
    }

    /**
     * @param key the guideline
     * @param userId the person
     * @param language the language they read
     * @param note how the acknowledgement was obtained
     * @return a confirmation, or why it failed
     */
    public ScriptResult recordOnBehalf(String key, String userId, String language, String note)
    {
        return change("gov.policy.recordedOnBehalf",
            () -> this.acknowledgements.recordOnBehalf(actor(), Inputs.text(key), Inputs.text(userId).strip(),
                Locale.forLanguageTag(Inputs.text(language)), note),
            userId);
    }

    /**
     * @param key the guideline
     * @param userId the person
     * @param dueDate the new due date, {@code yyyy-mm-dd}
     * @param reason why
     * @return a confirmation, or why it failed
     */
    public ScriptResult extend(String key, String userId, String dueDate, String reason)
    {
        return change("gov.policy.extended", () -> this.acknowledgements.extend(actor(), Inputs.text(key),
            Inputs.text(userId).strip(), date(dueDate), reason), userId, dueDate);
    }

    /**
     * @param key the guideline
     * @param userId the person
     * @param reason why
     * @return a confirmation, or why it failed
     */
    public ScriptResult exempt(String key, String userId, String reason)
    {
        return change("gov.policy.exempted",
            () -> this.acknowledgements.exempt(actor(), Inputs.text(key), Inputs.text(userId).strip(), reason), userId);
    }

    private static GuidelineContent content(Map<String, String> fields, List<Question> quiz) throws GovException
    {
        Map<String, String> values = fields == null ? Map.of() : fields;
        String passMark = values.get("passMark");
        return new GuidelineContent(bilingual(values, "title"), bilingual(values, "body"),
            BodySyntax.of(Inputs.text(values.getOrDefault("syntax", BodySyntax.XWIKI_21.id()))),
            bilingual(values, "attestation"), quiz == null ? List.of() : quiz,
            Inputs.optional(passMark).isEmpty() ? 0 : Inputs.requireNumber("gov.policy.field.passMark", passMark));
    }

    private static Bilingual bilingual(Map<String, String> values, String field)
    {
        return new Bilingual(Inputs.text(values.get(field + "En")), Inputs.text(values.get(field + "Fr")));
    }

    private static Set<String> list(String values)
    {
        return new LinkedHashSet<>(Arrays.stream(Inputs.text(values).split("[,;\\s]+"))
            .filter(value -> !value.isEmpty()).toList());
    }

    private static LocalDate date(String value) throws GovException
    {
        try {
            return LocalDate.parse(Inputs.text(value).strip());
        } catch (DateTimeParseException e) {
            throw new GovException("gov.policy.field.dueDate.invalid", Inputs.text(value));
        }
    }
}
