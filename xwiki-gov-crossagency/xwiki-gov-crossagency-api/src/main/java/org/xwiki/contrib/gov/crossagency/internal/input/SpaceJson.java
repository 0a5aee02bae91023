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
package org.xwiki.contrib.gov.crossagency.internal.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.AddedAgency;
import org.xwiki.contrib.gov.crossagency.MembershipPolicy;
import org.xwiki.contrib.gov.crossagency.SpaceCharter;
import org.xwiki.contrib.gov.crossagency.SpaceService;

/**
 * Reads the JSON API's bodies: a charter, {@code {"key", "name": {"en", "fr"}, "purpose": {"en", "fr"},
 * "leadAgency", "agencies": [...], "stewards": [...], "label", "policy", "reviewIntervalDays", "endDate"}} (the
 * review interval 90 days and no end date when absent), a decline's {@code {"reason"}} and a request's
 * {@code {"message"}}.
 *
 * @version $Id$
 */
public final class SpaceJson
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FIELD = "gov.crossagency.field.";

    private SpaceJson()
    {
    }

    /**
     * @param body {@code {"addAgencies": [{"agency": "KEY", "steward": "userId"}, ...], "label": "LABEL"}}, either part
     *     optional
     * @return the agencies to add, with their stewards
     * @throws GovException when the body is not JSON
     */
    public static List<AddedAgency> addedAgencies(String body) throws GovException
    {
        List<AddedAgency> added = new ArrayList<>();
        parse(body).path("addAgencies").forEach(agency -> added.add(new AddedAgency(
            agency.path("agency").asText("").strip(), agency.path("steward").asText("").strip())));
        return added;
    }

    /**
     * @param body as for {@link #addedAgencies}
     * @return the raised label, if given
     * @throws GovException when the body is not JSON
     */
    public static Optional<String> raisedLabel(String body) throws GovException
    {
        return Optional.of(parse(body).path("label").asText("").strip()).filter(label -> !label.isEmpty());
    }

    /**
     * @param body the request body
     * @return the charter it describes, to be checked by the service
     * @throws GovException when the body is not JSON, or a value has the wrong form
     */
    public static SpaceCharter charter(String body) throws GovException
    {
        JsonNode root = parse(body);
        MembershipPolicy checkedPolicy = CharterFields.policy(root.path("policy").asText(""));
        JsonNode days = root.path("reviewIntervalDays");
        if (!days.isMissingNode() && !days.canConvertToInt()) {
            throw new GovException(FIELD + "reviewInterval.invalid", SpaceService.MAX_REVIEW_DAYS);
        }
        Optional<LocalDate> endDate = CharterFields.endDate(root.path("endDate").asText(""));
        return new SpaceCharter(root.path("key").asText(""), bilingual(root.path("name")),
            bilingual(root.path("purpose")), root.path("leadAgency").asText(""), texts(root.path("agencies")),
            texts(root.path("stewards")), root.path("label").asText(""), checkedPolicy,
            days.isMissingNode() ? CharterFields.DEFAULT_REVIEW_DAYS : days.asInt(), endDate,
            texts(root.path("guidelines")));
    }

    /**
     * @param body the request body
     * @return its {@code reason}, empty when there is none
     * @throws GovException when the body is not JSON
     */
    public static String reason(String body) throws GovException
    {
        return text(body, "reason");
    }

    /**
     * @param body the request body
     * @param field a field of the body's object
     * @return its text, empty when there is none
     * @throws GovException when the body is not JSON
     */
    public static String text(String body, String field) throws GovException
    {
        return parse(body).path(field).asText("");
    }

    private static JsonNode parse(String body) throws GovException
    {
        try {
            return JSON.readTree(body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new GovException("gov.core.error.rest.badJson", e.getOriginalMessage());
        }
    }

    private static Bilingual bilingual(JsonNode node)
    {
        return new Bilingual(node.path("en").asText(""), node.path("fr").asText(""));
    }

    private static List<String> texts(JsonNode node)
    {
        List<String> texts = new ArrayList<>();
        node.forEach(value -> texts.add(value.asText("")));
        return texts;
    }
}
