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
package org.xwiki.contrib.gov.platform.internal.security;

import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.contrib.gov.security.SubmittedToken;
import org.xwiki.csrf.CSRFToken;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.web.XWikiRequest;

/**
 * XWiki's own CSRF token ({@code form_token}, the one XWiki's forms carry), taken from a request where every host
 * takes it ({@link SubmittedToken}: the form's body or the header, never the URL).
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiCsrfGuard implements CsrfGuard
{
    @Inject
    private CSRFToken tokens;

    @Inject
    private Provider<XWikiContext> contexts;

    @Override
    public String getToken()
    {
        return this.tokens.getToken();
    }

    @Override
    public boolean isTokenValid(String token)
    {
        return token != null && !token.isEmpty() && this.tokens.isTokenValid(token);
    }

    @Override
    public boolean isCurrentRequestValid()
    {
        Optional<XWikiRequest> request =
            Optional.ofNullable(this.contexts.get()).map(XWikiContext::getRequest);
        return request.flatMap(current -> SubmittedToken.of(current.getQueryString(), current::getParameter,
            current::getHeader)).filter(this::isTokenValid).isPresent();
    }
}
