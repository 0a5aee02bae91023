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
package org.xwiki.contrib.gov.profiles.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Initializable;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.DirectoryQuery;
import org.xwiki.contrib.gov.profiles.DirectorySearch;
import org.xwiki.contrib.gov.profiles.ProfileService;
import org.xwiki.contrib.gov.profiles.ProfileView;
import org.xwiki.contrib.gov.profiles.internal.ProfileForm;
import org.xwiki.contrib.gov.profiles.internal.ProfileJson;
import org.xwiki.contrib.gov.profiles.internal.export.DirectoryCsvExport;
import org.xwiki.contrib.gov.profiles.internal.export.VCard;
import org.xwiki.contrib.gov.profiles.internal.search.DirectoryRequest;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.rest.RestRoutes;

/**
 * The JSON API of the profiles module, {@code /gov/rest/profiles/} (documented in {@code docs/rest.md}): profiles,
 * "update my profile", the directory search with facets, autocomplete, endorsements, and the vCard and CSV exports.
 * Every call goes through the services, with the caller's rights and visibility.
 *
 * @version $Id$
 * @since 1.0
 */
@Component
@Named("profiles")
@Singleton
public class ProfilesRestHandler implements GovRestHandler, Initializable
{
    /** The most rows the CSV export of a search holds: as deep as a search may page. */
    public static final int MAX_EXPORT_ROWS = 10_000;

    private static final String PERSON = "people/{id}";

    private static final String ID = "id";

    private static final String ME = "me";

    private static final String ENDORSEMENTS = "/endorsements";

    private static final String SKILL = "skill";

    private static final int DEFAULT_SUGGESTIONS = 10;

    @Inject
    private ProfileService profiles;

    @Inject
    private DirectorySearch directory;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private ImportsRestCalls importsApi;

    private final ObjectMapper json = new ObjectMapper();

    private RestRoutes routes;

    @Override
    public void initialize()
    {
        RestRoutes.Builder builder = RestRoutes.builder()
            .get(ME, call -> RestResponse.json(200, this.profiles.get(call.caller(), self(call.caller()))))
            .put(ME, this::updateMine)
            .get("me/completeness", call -> RestResponse.json(200,
                this.profiles.getCompleteness(call.caller(), self(call.caller()))))
            .get(PERSON, call -> RestResponse.json(200, this.profiles.get(call.caller(), call.variable(ID))))
            .get(PERSON + "/orgchart",
                call -> RestResponse.json(200, this.profiles.getOrgChart(call.caller(), call.variable(ID))))
            .get(PERSON + "/vcard", call -> vcard(call.caller(), call.variable(ID)))
            .post(PERSON + ENDORSEMENTS, call -> endorsed(call,
                () -> this.profiles.endorse(call.caller(), call.variable(ID), skill(call.body()))))
            // The skill as a parameter: servers refuse a path segment holding "/", "%", "\" or "..", skills may.
            .delete(PERSON + ENDORSEMENTS, call -> endorsed(call, () -> this.profiles
                .withdrawEndorsement(call.caller(), call.variable(ID), call.parameter(SKILL).orElse(""))))
            .delete(PERSON + ENDORSEMENTS + "/{skill}", call -> endorsed(call, () -> this.profiles
                .withdrawEndorsement(call.caller(), call.variable(ID), call.variable(SKILL))))
            .get("search", call -> RestResponse.json(200,
                this.directory.search(call.caller(), DirectoryRequest.read(call.parameters()))))
            .get("search.csv", call -> export(call.caller(), DirectoryRequest.read(call.parameters())))
            .get("suggest/people", call -> RestResponse.json(200,
                this.directory.suggestPeople(call.caller(), prefix(call), limit(call))))
            .get("suggest/skills", call -> RestResponse.json(200,
                this.directory.suggestSkills(call.caller(), prefix(call), limit(call))))
            .notFoundOn("gov.profiles.error.unknownPerson", "gov.profiles.import.error.unknownImport");
        this.importsApi.addRoutes(builder);
        this.routes = builder.build();
    }

    @Override
    public RestRoutes routes()
    {
        return this.routes;
    }

    private RestResponse updateMine(RestRequest call) throws GovException
    {
        ProfileForm form = ProfileJson.read(call.body());
        this.profiles.updateOwn(call.caller(), form.details(), form.visibilities());
        return RestResponse.json(200, this.profiles.get(call.caller(), self(call.caller())));
    }

    /** An endorsement's change, to answer with the person's skills as they are after it. */
    @FunctionalInterface
    private interface EndorsementChange
    {
        void run() throws GovException;
    }

    private RestResponse endorsed(RestRequest call, EndorsementChange change) throws GovException
    {
        change.run();
        return RestResponse.json(200, this.profiles.get(call.caller(), call.variable(ID)).skills());
    }

    private RestResponse vcard(Actor actor, String userId) throws GovException
    {
        ProfileView view = this.profiles.get(actor, userId);
        List<String> organisation = new ArrayList<>();
        if (view.agencyKey().isPresent()) {
            organisation.add(this.agencies.getAgency(view.agencyKey().get())
                .map(agency -> agency.name().in(actor.locale())).orElse(view.agencyKey().get()));
            Optional<String> unit = view.unitKey().flatMap(key -> unitName(key, actor));
            unit.ifPresent(organisation::add);
        }
        String fileName = userId.replaceAll("[^A-Za-z0-9._-]", "_") + ".vcf";
        String card = VCard.of(view, organisation);
        return RestResponse.download("text/vcard;charset=UTF-8", fileName,
            out -> out.write(card.getBytes(StandardCharsets.UTF_8)));
    }

    private Optional<String> unitName(String unitKey, Actor actor)
    {
        try {
            return this.agencies.getUnit(unitKey).map(unit -> unit.name().in(actor.locale()));
        } catch (GovException e) {
            return Optional.of(unitKey);
        }
    }

    private RestResponse export(Actor actor, DirectoryQuery query) throws GovException
    {
        // Check the search (rights, filters) before the answer starts: the body itself streams.
        this.directory.search(actor, new DirectoryQuery(query.keywords(), query.filters(), 0, 1));
        return RestResponse.download("text/csv;charset=UTF-8", "directory.csv", out -> {
            try {
                DirectoryCsvExport.write(this.directory, actor, query, out, MAX_EXPORT_ROWS);
            } catch (GovException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private String skill(String body) throws GovException
    {
        try {
            return this.json.readTree(body.isBlank() ? "{}" : body).path(SKILL).asText("");
        } catch (JsonProcessingException e) {
            throw new GovException("gov.core.error.rest.badJson", e.getOriginalMessage());
        }
    }

    private static String self(Actor actor) throws GovException
    {
        return actor.userId().orElseThrow(() -> new GovException("gov.profiles.error.signIn"));
    }

    private static String prefix(RestRequest request)
    {
        return request.parameter("prefix").orElse("");
    }

    private static int limit(RestRequest request) throws GovException
    {
        Optional<String> limit = request.parameter("limit");
        return Inputs.integer(limit.orElse(null),
            () -> new GovException("gov.profiles.search.limit.invalid", limit.orElse(""))).orElse(DEFAULT_SUGGESTIONS);
    }
}
