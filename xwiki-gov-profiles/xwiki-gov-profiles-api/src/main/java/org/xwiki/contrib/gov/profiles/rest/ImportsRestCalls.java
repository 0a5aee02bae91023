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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.profiles.ImportProblem;
import org.xwiki.contrib.gov.profiles.ProfileImportService;
import org.xwiki.contrib.gov.profiles.internal.importer.ImportFileLimit;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.rest.RestRoutes;

/**
 * The HR import calls of the profiles JSON API, under {@code /gov/rest/profiles/imports}: send a CSV file to preview
 * or start an import, follow its progress, read its refused rows.
 *
 * @version $Id$
 * @since 1.0
 */
@Component(roles = ImportsRestCalls.class)
@Singleton
public class ImportsRestCalls
{
    private static final String IMPORTS = "imports";

    private static final String IMPORT = "imports/{id}";

    /** The most imports or refused rows one call returns. */
    public static final int MAX_LIMIT = 1000;

    private static final int DEFAULT_LIMIT = 100;

    private static final String TRUE = "true";

    private final Translations translations = Translations.load(ImportsRestCalls.class.getClassLoader());

    @Inject
    private ProfileImportService importService;

    @Inject
    private ImportFileLimit fileLimit;

    /**
     * @param routes the profiles API's route table, to which these calls are added
     */
    public void addRoutes(RestRoutes.Builder routes)
    {
        routes.get(IMPORTS, call -> RestResponse.json(200,
            this.importService.getRecentImports(call.caller(), limit(call))))
            // One byte past the file's limit reaches the import, which refuses the file with its own message.
            .upload(IMPORTS, () -> this.fileLimit.maxBytes() + 1, call -> send(call.caller(), call))
            .get(IMPORT, call -> RestResponse.json(200, this.importService.getStatus(call.caller(), importId(call))))
            .get(IMPORT + "/problems", call -> {
                List<ImportProblem> problems = this.importService.getProblems(call.caller(), importId(call),
                    number(call, "offset", 0, Integer.MAX_VALUE), limit(call));
                return RestResponse.json(200,
                    problems.stream().map(problem -> withMessage(problem, call.caller())).toList());
            });
    }

    private RestResponse send(Actor actor, RestRequest request) throws GovException
    {
        String agencyKey = request.parameter("agency")
            .orElseThrow(() -> new GovException("gov.profiles.import.error.agencyRequired"));
        boolean full = TRUE.equals(request.parameter("full").orElse(""));
        if (TRUE.equals(request.parameter("dryRun").orElse(""))) {
            return RestResponse.json(200, this.importService.preview(actor, agencyKey, full, request.contentStream()));
        }
        // Accepted: the background task applies it; GET imports/{id} follows it.
        return RestResponse.json(202, this.importService.start(actor, agencyKey, full, request.contentStream()));
    }

    private Map<String, Object> withMessage(ImportProblem problem, Actor actor)
    {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("line", problem.line());
        answer.put("userId", problem.userId());
        answer.put("messageKey", problem.messageKey());
        answer.put("parameters", problem.parameters());
        answer.put("message", this.translations.format(problem.messageKey(), problem.parameters(), actor.locale()));
        return answer;
    }

    private static long importId(RestRequest request) throws GovException
    {
        String id = request.variable("id");
        return Inputs.requireLong(id, () -> new NotFoundException("gov.profiles.import.error.unknownImport", id));
    }

    private static int limit(RestRequest request) throws GovException
    {
        return number(request, "limit", DEFAULT_LIMIT, MAX_LIMIT);
    }

    private static int number(RestRequest request, String name, int defaultValue, int max) throws GovException
    {
        Optional<String> value = request.parameter(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Supplier<GovException> refusal = () -> new GovException("gov.profiles.import.error.badNumber", name,
            value.get(), max);
        int number = Inputs.requireInteger(value.get(), refusal);
        if (number < 0 || number > max) {
            throw refusal.get();
        }
        return number;
    }
}
