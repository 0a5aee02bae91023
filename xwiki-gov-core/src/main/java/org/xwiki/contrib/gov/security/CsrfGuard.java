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
package org.xwiki.contrib.gov.security;

import org.xwiki.component.annotation.Role;

/**
 * Protects state-changing requests against cross-site request forgery: implemented by the host (XWiki's
 * {@code CSRFToken} inside XWiki, HMAC tokens in the sandbox).
 *
 * @version $Id$
 * @since 1.0
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
