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

import java.net.URI;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.FormAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;
import org.xwiki.contrib.gov.security.CsrfGuard;

/**
 * Jetty's form sign-in, refusing a sign-in another site made the browser send (sign-in CSRF: a victim signed in under
 * the attacker's account, whose actions then land there): the form must carry its session's CSRF token, and a
 * browser's {@code Origin} header, when sent, must name this server. A refused sign-in goes back to the form, which
 * says why; its password is not checked.
 *
 * @version $Id$
 */
public class SignInFormAuthenticator extends FormAuthenticator
{
    /** Where a refused sign-in goes. */
    public static final String EXPIRED_PAGE = "/login?error=expired";

    private final HmacCsrfGuard csrfGuard;

    /**
     * @param loginPage the sign-in form
     * @param errorPage where a failed sign-in goes
     * @param csrfGuard checks the form's token
     */
    public SignInFormAuthenticator(String loginPage, String errorPage, HmacCsrfGuard csrfGuard)
    {
        super(loginPage, errorPage, false);
        this.csrfGuard = csrfGuard;
    }

    @Override
    public AuthenticationState validateRequest(Request request, Response response, Callback callback)
        throws ServerAuthException
    {
        if (isJSecurityCheck(Request.getPathInContext(request)) && !isFromThisSite(request)) {
            Response.sendRedirect(request, response, callback, EXPIRED_PAGE);
            return AuthenticationState.SEND_FAILURE;
        }
        return super.validateRequest(request, response, callback);
    }

    private boolean isFromThisSite(Request request)
    {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !sameAuthority(origin, request.getHttpURI().getAuthority())) {
            return false;
        }
        Session session = request.getSession(false);
        return session != null && this.csrfGuard.isTokenValidFor(Optional.empty(), session.getId(),
            getParameters(request).getValue(CsrfGuard.TOKEN_PARAMETER));
    }

    private static boolean sameAuthority(String origin, String authority)
    {
        try {
            return authority != null && authority.equalsIgnoreCase(URI.create(origin).getAuthority());
        } catch (IllegalArgumentException e) {
            // "null" (a sandboxed frame, a redirect across sites) and anything unreadable are not this site.
            return false;
        }
    }
}
