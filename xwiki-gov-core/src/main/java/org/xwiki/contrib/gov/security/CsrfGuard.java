package org.xwiki.contrib.gov.security;

import org.xwiki.component.annotation.Role;

/**
 * Protects state-changing requests against cross-site request forgery: implemented by the host (XWiki's
 * {@code CSRFToken} inside XWiki, HMAC tokens in the sandbox).
 *
 * @version $Id$
 */
@Role
public interface CsrfGuard
{
    /** The name of the form field, and request parameter, that carries the token. */
    String TOKEN_PARAMETER = "form_token";

    /**
     * @return the token the current user must send back with each state-changing request
     */
    String getToken();

    /**
     * @param token a token received with a request
     * @return whether it is the current user's valid token
     */
    boolean isTokenValid(String token);

    /**
     * @return whether the request being handled carries the current user's valid token in {@link #TOKEN_PARAMETER}
     */
    boolean isCurrentRequestValid();
}
