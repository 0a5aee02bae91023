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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.Objects;
import java.util.Optional;

import org.xwiki.contrib.gov.actor.Actor;

/**
 * What the sandbox's components need to know of the HTTP request being handled; kept in the execution context for the
 * request's duration.
 *
 * @param actor who makes the request, in the language chosen for it
 * @param sessionId the id of the HTTP session, if there is one
 * @param submittedToken the CSRF token the request carries ({@code form_token} parameter or {@code X-CSRF-Token}
 *     header), if any
 * @param clientAddress the address of the client, as the server sees it
 * @version $Id$
 */
public record SandboxRequest(Actor actor, Optional<String> sessionId, Optional<String> submittedToken,
    String clientAddress)
{
    /** The execution context property holding the current request. */
    public static final String PROPERTY = "gov.sandbox.request";

    /**
     * Checks the fields.
     */
    public SandboxRequest
    {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(submittedToken, "submittedToken");
        Objects.requireNonNull(clientAddress, "clientAddress");
    }
}
