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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xwiki.container.Container;
import org.xwiki.container.servlet.ServletRequest;
import org.xwiki.container.servlet.ServletResponse;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.rest.GovRestDispatcher;
import org.xwiki.contrib.gov.rest.RestResponse;
import org.xwiki.contrib.gov.security.CsrfGuard;
import org.xwiki.resource.ResourceReferenceHandlerChain;
import org.xwiki.resource.annotations.Authenticate;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The JSON API inside XWiki: XWiki authenticates the caller, the call goes to the kernel's dispatcher with the path
 * after {@code gov/rest}, a state change needs the CSRF token unless made with Basic credentials alone, and anything
 * outside {@code gov/rest} is not found.
 *
 * @version $Id$
 */
@ComponentTest
class GovRestResourceHandlerTest
{
    private static final Actor HANA = Actor.user("xwiki:XWiki.hana", "Hana Sato", Locale.FRENCH);

    @InjectMockComponents
    private GovRestResourceHandler handler;

    @MockComponent
    private Container container;

    @MockComponent
    private CurrentActor currentActor;

    @MockComponent
    private CsrfGuard csrfGuard;

    @MockComponent
    private GovRestDispatcher dispatcher;

    private final HttpServletRequest request = mock(HttpServletRequest.class);

    private final HttpServletResponse response = mock(HttpServletResponse.class);

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private final ServletInputStream body = mock(ServletInputStream.class);

    @BeforeEach
    void setUp() throws IOException
    {
        when(this.container.getRequest()).thenReturn(new ServletRequest(this.request));
        when(this.container.getResponse()).thenReturn(new ServletResponse(this.response));
        when(this.currentActor.get()).thenReturn(HANA);
        when(this.request.getParameterMap()).thenReturn(Map.of("q", new String[] {"health"}));
        when(this.request.getInputStream()).thenReturn(this.body);
        when(this.response.getOutputStream()).thenReturn(new ServletOutputStream()
        {
            @Override
            public boolean isReady()
            {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener)
            {
                // Written synchronously.
            }

            @Override
            public void write(int b)
            {
                GovRestResourceHandlerTest.this.written.write(b);
            }
        });
        when(this.dispatcher.dispatch(any(), anyString(), anyList(), anyMap(), any()))
            .thenReturn(RestResponse.json(200, Map.of("ok", true)));
        when(this.dispatcher.error(anyInt(), any(), any()))
            .thenAnswer(call -> RestResponse.json(call.getArgument(0), Map.of("error",
                call.<GovException>getArgument(1).getMessageKey())));
    }

    @Test
    void xwikiAuthenticatesTheCallerFirst()
    {
        assertNotNull(GovRestResourceHandler.class.getAnnotation(Authenticate.class));
        assertEquals(List.of(GovResourceReference.TYPE), this.handler.getSupportedResourceReferences());
    }

    @Test
    void aReadGoesToTheDispatcherWithThePathAfterGovRest() throws Exception
    {
        when(this.request.getMethod()).thenReturn("GET");

        handle("rest", "policy", "guidelines");

        verify(this.dispatcher).dispatch(eq(HANA), eq("GET"), eq(List.of("policy", "guidelines")),
            eq(Map.of("q", List.of("health"))), argThat(body -> body.contentType().isEmpty()));
        verify(this.response).setStatus(200);
        verify(this.response).setContentType("application/json;charset=UTF-8");
        assertEquals("{\"ok\":true}", this.written.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aChangeWithASessionNeedsTheToken() throws Exception
    {
        when(this.request.getMethod()).thenReturn("POST");
        when(this.request.getRequestedSessionId()).thenReturn("session");

        handle("rest", "policy", "acknowledgements");
        verify(this.response).setStatus(403);
        ArgumentCaptor<GovException> reason = ArgumentCaptor.forClass(GovException.class);
        verify(this.dispatcher).error(eq(403), reason.capture(), eq(HANA));
        assertEquals("gov.core.error.csrf", reason.getValue().getMessageKey());

        when(this.request.getHeader("Authorization")).thenReturn("Basic aGFuYTpkZW1v");
        handle("rest", "policy", "acknowledgements");
        verify(this.dispatcher, never()).dispatch(any(), anyString(), anyList(), anyMap(), any());

        when(this.csrfGuard.isCurrentRequestValid()).thenReturn(true);
        handle("rest", "policy", "acknowledgements");
        verify(this.dispatcher).dispatch(eq(HANA), eq("POST"), eq(List.of("policy", "acknowledgements")), anyMap(),
            any());
    }

    @Test
    void aChangeWithBasicCredentialsAloneNeedsNoToken() throws Exception
    {
        when(this.request.getMethod()).thenReturn("POST");
        when(this.request.getHeader("Authorization")).thenReturn("basic aGFuYTpkZW1v");
        when(this.request.getContentType()).thenReturn("application/json");

        handle("rest", "policy", "acknowledgements");

        verify(this.dispatcher).dispatch(eq(HANA), eq("POST"), eq(List.of("policy", "acknowledgements")), anyMap(),
            argThat(body -> "application/json".equals(body.contentType())));
    }

    @Test
    void anythingElseUnderGovIsNotFound() throws Exception
    {
        when(this.request.getMethod()).thenReturn("GET");

        handle("admin");
        handle();

        verify(this.response, times(2)).setStatus(404);
        verify(this.dispatcher, never()).dispatch(any(), anyString(), anyList(), anyMap(), any());
    }

    private void handle(String... segments) throws Exception
    {
        this.handler.handle(new GovResourceReference(List.of(segments)), mock(ResourceReferenceHandlerChain.class));
    }
}
