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

import javax.inject.Provider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.csrf.CSRFToken;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.web.XWikiRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The token is XWiki's own; a request submits it in its form's body or the header, never in the URL.
 *
 * @version $Id$
 */
@ComponentTest
class XWikiCsrfGuardTest
{
    private static final String TOKEN = "xwiki-token";

    @InjectMockComponents
    private XWikiCsrfGuard guard;

    @MockComponent
    private CSRFToken tokens;

    @MockComponent
    private Provider<XWikiContext> contexts;

    private final XWikiRequest request = mock(XWikiRequest.class);

    @BeforeEach
    void setUp()
    {
        XWikiContext context = mock(XWikiContext.class);
        when(this.contexts.get()).thenReturn(context);
        when(context.getRequest()).thenReturn(this.request);
        when(this.tokens.getToken()).thenReturn(TOKEN);
        when(this.tokens.isTokenValid(TOKEN)).thenReturn(true);
    }

    @Test
    void theTokenIsXWikisOwn()
    {
        assertEquals(TOKEN, this.guard.getToken());
        assertTrue(this.guard.isTokenValid(TOKEN));
        assertFalse(this.guard.isTokenValid("forged"));
        when(this.tokens.isTokenValid("")).thenReturn(true);
        assertFalse(this.guard.isTokenValid(""), "XWiki accepts any token when its protection is off");
        assertFalse(this.guard.isTokenValid(null));
    }

    @Test
    void aRequestSubmitsItInItsBodyOrHeaderNeverInItsUrl()
    {
        assertFalse(this.guard.isCurrentRequestValid(), "none");

        when(this.request.getParameter("form_token")).thenReturn(TOKEN);
        assertTrue(this.guard.isCurrentRequestValid(), "the form's field");

        when(this.request.getQueryString()).thenReturn("a=1&form_token=" + TOKEN);
        assertFalse(this.guard.isCurrentRequestValid(), "in the URL");

        when(this.request.getQueryString()).thenReturn(null);
        when(this.request.getParameter("form_token")).thenReturn(null);
        when(this.request.getHeader("X-CSRF-Token")).thenReturn(TOKEN);
        assertTrue(this.guard.isCurrentRequestValid(), "the header");

        when(this.request.getHeader("X-CSRF-Token")).thenReturn("forged");
        assertFalse(this.guard.isCurrentRequestValid());
    }

    @Test
    void noRequestNoToken()
    {
        when(this.contexts.get()).thenReturn(null);

        assertFalse(this.guard.isCurrentRequestValid());
    }
}
