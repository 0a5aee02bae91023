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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Initializable;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.AcknowledgementInput;
import org.xwiki.contrib.gov.policy.AcknowledgementService;
import org.xwiki.contrib.gov.policy.ComplianceService;
import org.xwiki.contrib.gov.policy.ExportFormat;
import org.xwiki.contrib.gov.policy.GuidelineService;
import org.xwiki.contrib.gov.policy.PublishedGuideline;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.rest.RestRoutes;

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
public class PolicyRestHandler implements GovRestHandler, Initializable
{
    private static final String GUIDELINE = "guidelines/{key}";

    private static final String KEY = "key";

    private static final String EXTENSION = "extension";

    @Inject
    private GuidelineService guidelines;

    @Inject
    private AcknowledgementService acknowledgements;

    @Inject
    private ComplianceService compliance;

    private final ObjectMapper json = new ObjectMapper();

    private RestRoutes routes;

    @Override
    public void initialize()
    {
        this.routes = RestRoutes.builder()
            .get("guidelines",
                call -> RestResponse.json(200, summaries(this.guidelines.listReadable(call.caller()))))
            .get(GUIDELINE + "/versions/{number}", call -> RestResponse.json(200,
                this.guidelines.getVersion(call.caller(), call.variable(KEY), number(call.variable("number")))))
            .get(GUIDELINE + "/versions/{number}/changes", call -> RestResponse.json(200,
                this.guidelines.compareWithPrevious(call.caller(), call.variable(KEY),
                    number(call.variable("number")), call.parameter("language").orElse("en"))))
            .get("assignments",
                call -> RestResponse.json(200, this.acknowledgements.getMyAssignments(call.caller())))
            .get("acknowledgements",
                call -> RestResponse.json(200, this.acknowledgements.getMyHistory(call.caller())))
            .get("acknowledgements/{id}/receipt", this::receipt)
            .post(GUIDELINE + "/acknowledgements", call -> RestResponse.json(200, this.acknowledgements
                .acknowledge(call.caller(), call.variable(KEY), acknowledgement(call.body()))))
            .get(GUIDELINE + "/compliance", call -> RestResponse.json(200,
                this.compliance.getReport(call.caller(), call.variable(KEY), call.parameter("agency"))))
            .get(GUIDELINE + "/export.{extension}",
                call -> export(call.caller(), call.variable(KEY), call.variable(EXTENSION)))
            .build();
    }

    @Override
    public RestRoutes routes()
    {
        return this.routes;
    }

    private RestResponse receipt(RestRequest call) throws GovException
    {
        long id = number(call.variable("id"));
        return RestResponse.text("receipt-" + id + ".txt", this.acknowledgements.getReceipt(call.caller(), id));
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
        return Inputs.requireInteger(value, () -> new NotFoundException("gov.core.error.rest.notFound", value));
    }
}
