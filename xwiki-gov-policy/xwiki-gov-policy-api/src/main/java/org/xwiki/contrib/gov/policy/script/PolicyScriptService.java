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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.script.AbstractGovScriptService;
import org.xwiki.contrib.gov.script.ScriptResult;
import org.xwiki.contrib.gov.wikitext.HostPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiPageLinks;
import org.xwiki.contrib.gov.wikitext.WikiTextRenderer;

/**
 * The policy module's entry point for templates, {@code $services.govpolicy}: what a reader must acknowledge, reads
 * and acknowledges; {@code $services.govpolicy.manage} ({@link PolicyManageScriptService}) and
 * {@code $services.govpolicy.report} ({@link PolicyReportScriptService}) serve HR. Parameters arrive as the request's
 * strings; the services check rights against the caller.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("govpolicy")
@Singleton
public class PolicyScriptService extends AbstractGovScriptService
{
    @Inject
    private GuidelineService guidelines;

    @Inject
    private AcknowledgementService acknowledgements;

    @Inject
    private WikiTextRenderer renderer;

    @Inject
    @Named("context")
    private Provider<ComponentManager> components;

    /**
     * @return the caller's current assignments
     */
    public ScriptResult getMyAssignments()
    {
        return read(() -> this.acknowledgements.getMyAssignments(actor()));
    }

    /**
     * @return how many of the caller's assignments are overdue (0 when it cannot be told)
     */
    public long getMyOverdueCount()
    {
        ScriptResult result = read(() -> this.acknowledgements.countMyOverdue(actor()));
        return result.ok() ? (Long) result.value() : 0;
    }

    /**
     * @return every acknowledgement the caller made
     */
    public ScriptResult getMyHistory()
    {
        return read(() -> this.acknowledgements.getMyHistory(actor()));
    }

    /**
     * @return the published guidelines the caller may read
     */
    public ScriptResult getReadable()
    {
        return read(() -> this.guidelines.listReadable(actor()));
    }

    /**
     * @param key a guideline key
     * @return its versions, newest first, for its readers
     */
    public ScriptResult getVersions(String key)
    {
        return read(() -> this.guidelines.listVersions(actor(), Inputs.text(key)));
    }

    /**
     * @param key a guideline key
     * @param number a version number, or blank for the latest
     * @return that version, for the guideline's readers
     */
    public ScriptResult getVersion(String key, String number)
    {
        return read(() -> {
            Optional<String> wanted = Inputs.optional(number);
            if (wanted.isEmpty()) {
                return this.guidelines.listVersions(actor(), Inputs.text(key)).stream().findFirst()
                    .orElseThrow(() -> new GovException("gov.policy.error.notPublished", key));
            }
            return this.guidelines.getVersion(actor(), Inputs.text(key),
                Inputs.requireNumber("gov.policy.field.version", wanted.get()));
        });
    }

    /**
     * @param key a guideline key
     * @param number a version number
     * @param language {@code fr} for French, English otherwise
     * @return what changed in that version's text from the version before it, its sections in that language
     */
    public ScriptResult getChanges(String key, String number, String language)
    {
        return read(() -> this.guidelines.compareWithPrevious(actor(), Inputs.text(key),
            Inputs.requireNumber("gov.policy.field.version", number), Inputs.text(language)));
    }

    /**
     * @param content a guideline text whose body is in XWiki 2.1 syntax
     * @param language {@code fr} for French, English otherwise
     * @return its body in that language as XHTML, safe to write into the page as it is: nothing in it runs
     */
    public ScriptResult getBodyXhtml(GuidelineContent content, String language)
    {
        return read(() -> this.renderer.toXhtml(content.body().in(Inputs.text(language)), pageLinks()));
    }

    /** The host's links to wiki pages, when it has such pages: their labels as text otherwise. */
    private WikiPageLinks pageLinks()
    {
        ComponentManager manager = this.components.get();
        if (!manager.hasComponent(HostPageLinks.class)) {
            return WikiPageLinks.NONE;
        }
        try {
            return manager.getInstance(HostPageLinks.class);
        } catch (ComponentLookupException e) {
            throw new IllegalStateException("The host's links to wiki pages failed to load", e);
        }
    }

    /**
     * @param text a plain text, paragraphs separated by blank lines
     * @return its paragraphs, each a list of lines, for templates to render as {@code <p>} with {@code <br/>}
     */
    public List<List<String>> getParagraphs(String text)
    {
        return Arrays.stream(Inputs.text(text).split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty())
            .map(paragraph -> List.of(paragraph.split("\\n"))).toList();
    }

    /**
     * Acknowledges the current version of a guideline for the caller.
     *
     * @param key the guideline
     * @param version the version read
     * @param language the language read, {@code en} or {@code fr}
     * @param answers the chosen choice index of each question, in order
     * @param attested {@code true} (or {@code on}) when the attestation box is ticked
     * @param signature the typed full name, or blank
     * @return a confirmation carrying the acknowledgement, or why it failed
     */
    public ScriptResult acknowledge(String key, String version, String language, List<String> answers,
        String attested, String signature)
    {
        return change("gov.policy.acknowledged", () -> {
            List<Integer> choices = new ArrayList<>();
            for (String answer : answers == null ? List.<String>of() : answers) {
                choices.add(Inputs.optional(answer).isEmpty() ? null
                    : Inputs.requireNumber("gov.policy.field.answer", answer));
            }
            return this.acknowledgements.acknowledge(actor(), Inputs.text(key), new AcknowledgementInput(
                Inputs.requireNumber("gov.policy.field.version", version), Locale.forLanguageTag(Inputs.text(language)),
                choices,
                Inputs.ticked(attested), Inputs.optional(signature)));
        }, acknowledgement -> List.of(Inputs.text(key)));
    }
}
