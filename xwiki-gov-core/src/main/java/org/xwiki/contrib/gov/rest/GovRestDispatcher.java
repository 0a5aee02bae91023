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

import java.util.List;
import java.util.Map;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * Answers the calls of every module's JSON API, for any host. The host authenticates the caller, checks the CSRF
 * token of a state-changing call made with a session cookie, and hands the call over; the dispatcher refuses
 * anonymous callers (401), finds the module's {@link GovRestHandler} and the route, refuses a body announced larger
 * than the route takes (413, nothing read: {@code gov.rest.maxBodyKilobytes}, 1024 by default, or an upload route's
 * own limit), hands the route a body it reads only when it asks, and turns a refusal into an error answer in the
 * caller's language: 403 for {@link org.xwiki.contrib.gov.AccessDeniedException}, 404 for
 * {@link org.xwiki.contrib.gov.NotFoundException} and the module's not-found keys, 413 for
 * {@link RequestTooLargeException}, 500 for a store failure, 400 otherwise. An error's JSON holds {@code error} (the
 * message key), {@code message} (the text) and {@code parameters}.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface GovRestDispatcher
{
    /**
     * @param caller who calls, as the host authenticated them
     * @param method the HTTP method
     * @param path the decoded path segments under the API's root, the module's name first
     * @param parameters the query (and form) parameters
     * @param body the request body, not read yet
     * @return the answer, never an exception: refusals are error answers
     */
    RestResponse dispatch(Actor caller, String method, List<String> path, Map<String, List<String>> parameters,
        RestBody body);

    /**
     * The error answer of a call a host refuses before dispatching it (a missing CSRF token), in the same form as the
     * dispatcher's own refusals.
     *
     * @param status the HTTP status
     * @param reason why, as a translation key and its parameters
     * @param caller who called, for the language of the message
     * @return the error answer
     */
    RestResponse error(int status, GovException reason, Actor caller);
}
