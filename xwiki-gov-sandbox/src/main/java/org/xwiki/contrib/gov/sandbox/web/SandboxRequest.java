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
 * @version $Id$
 */
public record SandboxRequest(Actor actor, Optional<String> sessionId, Optional<String> submittedToken)
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
    }
}
