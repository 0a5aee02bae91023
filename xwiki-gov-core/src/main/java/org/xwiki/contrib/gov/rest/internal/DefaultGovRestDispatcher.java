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
package org.xwiki.contrib.gov.rest.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.NotFoundException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.i18n.Translations;
import org.xwiki.contrib.gov.rest.GovRestDispatcher;
import org.xwiki.contrib.gov.rest.GovRestHandler;
import org.xwiki.contrib.gov.rest.RequestTooLargeException;
import org.xwiki.contrib.gov.rest.RestBody;
import org.xwiki.contrib.gov.rest.RestRequest;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.rest.RestRoute;
import org.xwiki.contrib.gov.rest.RestRoutes;
import org.xwiki.contrib.gov.store.StoreException;

/**
 * Finds each call's module and route, and maps refusals to statuses and translated error JSON.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultGovRestDispatcher implements GovRestDispatcher
{
    private static final String NOT_FOUND = "gov.core.error.rest.notFound";

    private static final int BAD_REQUEST = 400;

    private static final int UNAUTHORIZED = 401;

    private static final int FORBIDDEN = 403;

    private static final int NOT_FOUND_STATUS = 404;

    private static final int TOO_LARGE = 413;

    private static final int SERVER_ERROR = 500;

    private static final String MAX_BODY_SETTING = "gov.rest.maxBodyKilobytes";

    private static final long DEFAULT_MAX_BODY_KILOBYTES = 1024;

    private static final long KILOBYTE = 1024;

    private final Translations translations = Translations.load(DefaultGovRestDispatcher.class.getClassLoader());

    @Inject
    private ComponentManager componentManager;

    @Inject
    private Logger logger;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Override
    public RestResponse dispatch(Actor caller, String method, List<String> path,
        Map<String, List<String>> parameters, RestBody body)
    {
        if (caller.userId().isEmpty()) {
            return error(UNAUTHORIZED, new GovException("gov.core.error.rest.unauthorized"), caller);
        }
        Optional<RestRoutes> routes = Optional.empty();
        try {
            routes = routes(path);
            List<String> under = path.subList(1, path.size());
            for (RestRoute route : routes.get().routes()) {
                Optional<Map<String, String>> variables = route.method().equals(method)
                    ? route.match(under) : Optional.empty();
                if (variables.isPresent()) {
                    RestBody limited = body.limitedTo(route.bodyLimit().map(LongSupplier::getAsLong)
                        .orElseGet(this::maxBody));
                    return route.action().handle(new RestRequest(caller, method, under, variables.get(), parameters,
                        limited));
                }
            }
            throw new NotFoundException(NOT_FOUND, String.join("/", under));
        } catch (GovException e) {
            if (e instanceof StoreException) {
                this.logger.error("Gov store failure in the JSON API", e);
            }
            return error(status(e, routes), e, caller);
        }
    }

    private long maxBody()
    {
        return Math.max(1, this.configuration.getProperty(MAX_BODY_SETTING, DEFAULT_MAX_BODY_KILOBYTES)) * KILOBYTE;
    }

    private Optional<RestRoutes> routes(List<String> path) throws NotFoundException
    {
        String module = path.isEmpty() ? "" : path.get(0);
        try {
            if (!module.isEmpty() && this.componentManager.hasComponent(GovRestHandler.class, module)) {
                return Optional.of(this.componentManager.<GovRestHandler>getInstance(GovRestHandler.class, module)
                    .routes());
            }
        } catch (ComponentLookupException e) {
            this.logger.error("The JSON API of {} cannot start", module, e);
        }
        throw new NotFoundException(NOT_FOUND, String.join("/", path));
    }

    private static int status(GovException e, Optional<RestRoutes> routes)
    {
        if (e instanceof AccessDeniedException) {
            return FORBIDDEN;
        }
        if (e instanceof RequestTooLargeException) {
            return TOO_LARGE;
        }
        if (e instanceof NotFoundException
            || routes.isPresent() && routes.get().notFoundKeys().contains(e.getMessageKey())) {
            return NOT_FOUND_STATUS;
        }
        return e instanceof StoreException ? SERVER_ERROR : BAD_REQUEST;
    }

    @Override
    public RestResponse error(int status, GovException e, Actor caller)
    {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", e.getMessageKey());
        error.put("message", this.translations.format(e.getMessageKey(), e.getParameters(), caller.locale()));
        error.put("parameters", e.getParameters());
        return RestResponse.json(status, error);
    }
}
