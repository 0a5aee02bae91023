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
package org.xwiki.contrib.gov.policy.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.PublishedGuideline;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.NotFoundException;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON API of the policy module, {@code /gov/rest/policy/} (documented in {@code docs/rest.md}). Every call goes
 * through the services, with the caller's rights.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("policy")
@Singleton
public class PolicyRestHandler implements GovRestHandler
{
    private static final String GET = "GET";

    private static final String GUIDELINES_PATH = "guidelines";

    private static final String EXPORT = "export.";

    @Inject
    private CurrentActor currentActor;

    @Inject
    private GuidelineService guidelines;

    @Inject
    private AcknowledgementService acknowledgements;

    @Inject
    private ComplianceService compliance;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public RestResponse handle(RestRequest request) throws GovException
    {
        Actor actor = this.currentActor.get();
        boolean get = GET.equals(request.method());
        if (get && request.pathMatches(GUIDELINES_PATH)) {
            return RestResponse.json(200, summaries(this.guidelines.listReadable(actor)));
        }
        if (get && request.pathMatches(GUIDELINES_PATH, "*", "versions", "*")) {
            return RestResponse.json(200, this.guidelines.getVersion(actor, request.path().get(1),
                number(request.path().get(3))));
        }
        if (get && request.pathMatches("assignments")) {
            return RestResponse.json(200, this.acknowledgements.getMyAssignments(actor));
        }
        if (get && request.pathMatches("acknowledgements")) {
            return RestResponse.json(200, this.acknowledgements.getMyHistory(actor));
        }
        if (get && request.pathMatches("acknowledgements", "*", "receipt")) {
            long id = number(request.path().get(1));
            return RestResponse.text("receipt-" + id + ".txt", this.acknowledgements.getReceipt(actor, id));
        }
        if ("POST".equals(request.method()) && request.pathMatches(GUIDELINES_PATH, "*", "acknowledgements")) {
            return RestResponse.json(200,
                this.acknowledgements.acknowledge(actor, request.path().get(1), acknowledgement(request.body())));
        }
        if (get && request.pathMatches(GUIDELINES_PATH, "*", "compliance")) {
            return RestResponse.json(200, this.compliance.getReport(actor, request.path().get(1),
                request.parameter("agency")));
        }
        if (get && request.pathMatches(GUIDELINES_PATH, "*", "*") && request.path().get(2).startsWith(EXPORT)) {
            return export(actor, request.path().get(1), request.path().get(2).substring(EXPORT.length()));
        }
        throw new NotFoundException("gov.core.error.rest.notFound", String.join("/", request.path()));
    }

    private RestResponse export(Actor actor, String key, String extension) throws GovException
    {
        ExportFormat format = "xlsx".equals(extension) ? ExportFormat.XLSX : ExportFormat.CSV;
        if (!format.getExtension().equals(extension)) {
            throw new NotFoundException("gov.core.error.rest.notFound", extension);
        }
        // Check rights and existence before the answer starts: the body itself streams.
        this.compliance.getReport(actor, key, Optional.empty());
        return RestResponse.download(format.getMediaType(), key + '.' + extension, out -> {
            try {
                this.compliance.export(actor, key, format, out);
            } catch (GovException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private AcknowledgementInput acknowledgement(String body) throws GovException
    {
        JsonNode node;
        try {
            node = this.json.readTree(body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new GovException("gov.core.error.rest.badJson", e.getOriginalMessage());
        }
        if (!node.path("version").canConvertToInt()) {
            throw new GovException("gov.policy.field.version.invalid", node.path("version").asText());
        }
        List<Integer> answers = new ArrayList<>();
        for (JsonNode answer : node.path("answers")) {
            answers.add(answer.canConvertToInt() ? answer.asInt() : null);
        }
        String signature = node.path("signature").asText("");
        return new AcknowledgementInput(node.path("version").asInt(),
            Locale.forLanguageTag(node.path("language").asText("en")), answers, node.path("attested").asBoolean(),
            signature.isBlank() ? Optional.empty() : Optional.of(signature));
    }

    private static List<Map<String, Object>> summaries(List<PublishedGuideline> readable)
    {
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (PublishedGuideline guideline : readable) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("key", guideline.key());
            summary.put("agency", guideline.agencyKey().orElse(null));
            summary.put("status", guideline.status());
            summary.put("currentVersion", guideline.currentVersion().number());
            summary.put("label", guideline.currentVersion().label());
            summary.put("title", guideline.currentVersion().content().title());
            summary.put("textHash", guideline.currentVersion().textHash());
            summaries.add(summary);
        }
        return summaries;
    }

    private static int number(String value) throws GovException
    {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("gov.core.error.rest.notFound", value);
        }
    }
}
