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
package org.xwiki.contrib.gov.platform.internal.rest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.xwiki.component.annotation.Component;
import org.xwiki.container.Container;
import org.xwiki.container.servlet.ServletRequest;
import org.xwiki.container.servlet.ServletResponse;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.rest.GovRestDispatcher;
import org.xwiki.contrib.gov.rest.RestBody;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.resource.AbstractResourceReferenceHandler;
import org.xwiki.resource.ResourceReference;
import org.xwiki.resource.ResourceReferenceHandlerChain;
import org.xwiki.resource.ResourceReferenceHandlerException;
import org.xwiki.resource.ResourceType;
import org.xwiki.resource.annotations.Authenticate;

/**
 * Serves the modules' JSON APIs inside XWiki at {@code /xwiki/gov/rest/<module>/...}, through the kernel's
 * {@link GovRestDispatcher}. XWiki authenticates the caller first ({@link Authenticate}: its session, or HTTP Basic
 * credentials). A state change must carry the session's CSRF token (XWiki's {@code form_token}) in the form's body or
 * the {@code X-CSRF-Token} header, unless it is made with Basic credentials and no session cookie, which another site
 * cannot make a browser send.
 *
 * @version $Id$
 */
@Component
@Named("gov")
@Singleton
@Authenticate
public class GovRestResourceHandler extends AbstractResourceReferenceHandler<ResourceType>
{
    private static final String API = "rest";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private static final String BASIC = "Basic ";

    @Inject
    private Container container;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private CsrfGuard csrfGuard;

    @Inject
    private GovRestDispatcher dispatcher;

    @Override
    public List<ResourceType> getSupportedResourceReferences()
    {
        return List.of(GovResourceReference.TYPE);
    }

    @Override
    public void handle(ResourceReference reference, ResourceReferenceHandlerChain chain)
        throws ResourceReferenceHandlerException
    {
        HttpServletRequest request = ((ServletRequest) this.container.getRequest()).getRequest();
        HttpServletResponse response = ((ServletResponse) this.container.getResponse()).getResponse();
        List<String> segments = ((GovResourceReference) reference).getSegments();
        Actor caller = this.currentActor.get();
        RestResponse answer;
        try {
            if (segments.isEmpty() || !API.equals(segments.get(0))) {
                answer = this.dispatcher.error(HttpServletResponse.SC_NOT_FOUND,
                    new GovException("gov.core.error.rest.notFound", String.join("/", segments)), caller);
            } else if (!SAFE_METHODS.contains(request.getMethod()) && isForgeable(request)
                && !this.csrfGuard.isCurrentRequestValid()) {
                answer = this.dispatcher.error(HttpServletResponse.SC_FORBIDDEN,
                    new GovException("gov.core.error.csrf"), caller);
            } else {
                Map<String, List<String>> parameters = new HashMap<>();
                request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
                answer = this.dispatcher.dispatch(caller, request.getMethod(), segments.subList(1, segments.size()),
                    parameters, RestBody.of(Objects.toString(request.getContentType(), ""),
                        request.getContentLengthLong(), request.getInputStream()));
            }
            response.setStatus(answer.status());
            response.setContentType(answer.contentType());
            answer.headers().forEach(response::setHeader);
            answer.body().writeTo(response.getOutputStream());
        } catch (IOException e) {
            throw new ResourceReferenceHandlerException("Cannot answer the JSON API call " + segments, e);
        }
    }

    /** Only Basic credentials alone cannot be sent by another site's page: a session cookie can. */
    private static boolean isForgeable(HttpServletRequest request)
    {
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
        return !basic || request.getRequestedSessionId() != null;
    }
}
