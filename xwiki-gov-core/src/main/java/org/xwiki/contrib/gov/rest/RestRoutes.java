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
package org.xwiki.contrib.gov.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The route table of a module's JSON API, which the {@link GovRestDispatcher} reads: each call the module answers,
 * and which refusals of its services mean "there is no such thing" (404) rather than a bad request.
 *
 * @param routes the calls, tried in order
 * @param notFoundKeys the message keys of refusals answered with 404
 * @version $Id$
 * @since 1.0
 */
public record RestRoutes(List<RestRoute> routes, Set<String> notFoundKeys)
{
    /**
     * Copies the fields.
     */
    public RestRoutes
    {
        routes = List.copyOf(routes);
        notFoundKeys = Set.copyOf(notFoundKeys);
    }

    /**
     * @return a builder of a route table
     */
    public static Builder builder()
    {
        return new Builder();
    }

    /**
     * Declares the routes of a module, in the order they are tried.
     */
    public static final class Builder
    {
        private final List<RestRoute> routes = new ArrayList<>();

        private final Set<String> notFoundKeys = new HashSet<>();

        private Builder()
        {
        }

        /**
         * @param pattern the path pattern (see {@link RestRoute})
         * @param action what a GET does there
         * @return this builder
         */
        public Builder get(String pattern, RestAction action)
        {
            return route("GET", pattern, action);
        }

        /**
         * @param pattern the path pattern (see {@link RestRoute})
         * @param action what a POST does there
         * @return this builder
         */
        public Builder post(String pattern, RestAction action)
        {
            return route("POST", pattern, action);
        }

        /**
         * @param pattern the path pattern (see {@link RestRoute})
         * @param maxBytes the largest body a POST there takes, larger than the API's usual limit
         * @param action what a POST does there, reading the body as it goes once the caller's rights are checked
         * @return this builder
         */
        public Builder upload(String pattern, LongSupplier maxBytes, RestAction action)
        {
            this.routes.add(RestRoute.upload(pattern, maxBytes, action));
            return this;
        }

        /**
         * @param pattern the path pattern (see {@link RestRoute})
         * @param action what a PUT does there
         * @return this builder
         */
        public Builder put(String pattern, RestAction action)
        {
            return route("PUT", pattern, action);
        }

        /**
         * @param pattern the path pattern (see {@link RestRoute})
         * @param action what a DELETE does there
         * @return this builder
         */
        public Builder delete(String pattern, RestAction action)
        {
            return route("DELETE", pattern, action);
        }

        /**
         * @param messageKeys message keys of the module's refusals that mean the thing named does not exist
         * @return this builder
         */
        public Builder notFoundOn(String... messageKeys)
        {
            this.notFoundKeys.addAll(List.of(messageKeys));
            return this;
        }

        /**
         * @return the route table
         */
        public RestRoutes build()
        {
            return new RestRoutes(this.routes, this.notFoundKeys);
        }

        private Builder route(String method, String pattern, RestAction action)
        {
            this.routes.add(RestRoute.of(method, pattern, action));
            return this;
        }
    }
}
