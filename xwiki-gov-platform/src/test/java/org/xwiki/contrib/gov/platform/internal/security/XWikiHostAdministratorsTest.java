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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.platform.internal.user.UserIds;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.WikiReference;
import org.xwiki.security.authorization.AuthorizationManager;
import org.xwiki.security.authorization.Right;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

/**
 * XWiki's admin right on the main wiki, and on no other wiki, makes a government administrator.
 *
 * @version $Id$
 */
@ComponentTest
class XWikiHostAdministratorsTest
{
    private static final DocumentReference ADMIN = new DocumentReference("xwiki", "XWiki", "Admin");

    private static final DocumentReference HEALTH_ADMIN = new DocumentReference("health", "XWiki", "Admin");

    @InjectMockComponents
    private XWikiHostAdministrators administrators;

    @MockComponent
    private AuthorizationManager authorization;

    @MockComponent
    private UserIds ids;

    @MockComponent
    private WikiDescriptorManager wikis;

    @BeforeEach
    void setUp()
    {
        when(this.wikis.getMainWikiId()).thenReturn("xwiki");
        when(this.ids.reference("xwiki:XWiki.Admin")).thenReturn(ADMIN);
        when(this.ids.reference("health:XWiki.Admin")).thenReturn(HEALTH_ADMIN);
        when(this.authorization.hasAccess(Right.ADMIN, ADMIN, new WikiReference("xwiki"))).thenReturn(true);
        when(this.authorization.hasAccess(Right.ADMIN, HEALTH_ADMIN, new WikiReference("health"))).thenReturn(true);
    }

    @Test
    void theMainWikisAdministratorsOnly()
    {
        assertTrue(this.administrators.isAdministrator("xwiki:XWiki.Admin"));
        assertFalse(this.administrators.isAdministrator("health:XWiki.Admin"), "a sub-wiki's administrator");
    }
}
