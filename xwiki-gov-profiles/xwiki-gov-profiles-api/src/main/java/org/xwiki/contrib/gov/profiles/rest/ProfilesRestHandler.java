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
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.agency.AgencyRegistry;
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
import org.xwiki.contrib.gov.rest.NotFoundException;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
public class ProfilesRestHandler implements GovRestHandler
{
    /** The most rows the CSV export of a search holds: as deep as a search may page. */
    public static final int MAX_EXPORT_ROWS = 10_000;

    private static final String GET = "GET";

    private static final String PEOPLE = "people";

    private static final String ME = "me";

    private static final String SUGGEST = "suggest";

    private static final String ENDORSEMENTS = "endorsements";

    private static final String SKILL = "skill";

    private static final int DEFAULT_SUGGESTIONS = 10;

    private static final Set<String> NOT_FOUND = Set.of("gov.profiles.error.unknownPerson",
        "gov.profiles.import.error.unknownImport");

    @Inject
    private CurrentActor currentActor;

    @Inject
    private ProfileService profiles;

    @Inject
    private DirectorySearch directory;

    @Inject
    private AgencyRegistry agencies;

    @Inject
    private ImportsRestCalls importsApi;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public RestResponse handle(RestRequest request) throws GovException
    {
        try {
            return route(request);
        } catch (GovException e) {
            if (NOT_FOUND.contains(e.getMessageKey())) {
                throw new NotFoundException(e.getMessageKey(), e.getParameters().toArray());
            }
            throw e;
        }
    }

    private RestResponse route(RestRequest request) throws GovException
    {
        Actor actor = this.currentActor.get();
        boolean get = GET.equals(request.method());
        if (request.pathMatches(ME)) {
            return me(actor, request);
        }
        if (get && request.pathMatches(ME, "completeness")) {
            return RestResponse.json(200, this.profiles.getCompleteness(actor, self(actor)));
        }
        if (get && request.pathMatches(PEOPLE, "*")) {
            return RestResponse.json(200, this.profiles.get(actor, request.path().get(1)));
        }
        if (get && request.pathMatches(PEOPLE, "*", "orgchart")) {
            return RestResponse.json(200, this.profiles.getOrgChart(actor, request.path().get(1)));
        }
        if (get && request.pathMatches(PEOPLE, "*", "vcard")) {
            return vcard(actor, request.path().get(1));
        }
        if (request.pathMatches(PEOPLE, "*", ENDORSEMENTS) || request.pathMatches(PEOPLE, "*", ENDORSEMENTS, "*")) {
            return endorsement(actor, request);
        }
        if (get && request.pathMatches("search")) {
            return RestResponse.json(200, this.directory.search(actor, DirectoryRequest.read(request.parameters())));
        }
        if (get && request.pathMatches("search.csv")) {
            return export(actor, DirectoryRequest.read(request.parameters()));
        }
        if (get && request.pathMatches(SUGGEST, "people")) {
            return RestResponse.json(200, this.directory.suggestPeople(actor, prefix(request), limit(request)));
        }
        if (get && request.pathMatches(SUGGEST, "skills")) {
            return RestResponse.json(200, this.directory.suggestSkills(actor, prefix(request), limit(request)));
        }
        if (!request.path().isEmpty() && ImportsRestCalls.IMPORTS.equals(request.path().get(0))) {
            return this.importsApi.handle(actor, request);
        }
        throw notFound(String.join("/", request.path()));
    }

    private RestResponse me(Actor actor, RestRequest request) throws GovException
    {
        if (GET.equals(request.method())) {
            return RestResponse.json(200, this.profiles.get(actor, self(actor)));
        }
        if ("PUT".equals(request.method())) {
            ProfileForm form = ProfileJson.read(request.body());
            this.profiles.updateOwn(actor, form.details(), form.visibilities());
            return RestResponse.json(200, this.profiles.get(actor, self(actor)));
        }
        throw notFound(ME);
    }

    private RestResponse endorsement(Actor actor, RestRequest request) throws GovException
    {
        String userId = request.path().get(1);
        boolean delete = "DELETE".equals(request.method());
        if ("POST".equals(request.method()) && request.path().size() == 3) {
            this.profiles.endorse(actor, userId, skill(request.body()));
        } else if (delete && request.path().size() == 3) {
            // The skill as a parameter: servers refuse a path segment holding "/", "%", "\" or "..", skills may not.
            this.profiles.withdrawEndorsement(actor, userId, request.parameter(SKILL).orElse(""));
        } else if (delete && request.path().size() == 4) {
            this.profiles.withdrawEndorsement(actor, userId, request.path().get(3));
        } else {
            throw notFound(ENDORSEMENTS);
        }
        return RestResponse.json(200, this.profiles.get(actor, userId).skills());
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
        try {
            return limit.isEmpty() ? DEFAULT_SUGGESTIONS : Integer.parseInt(limit.get().strip());
        } catch (NumberFormatException e) {
            throw new GovException("gov.profiles.search.limit.invalid", limit.get());
        }
    }

    private static NotFoundException notFound(String path)
    {
        return new NotFoundException("gov.core.error.rest.notFound", path);
    }
}
