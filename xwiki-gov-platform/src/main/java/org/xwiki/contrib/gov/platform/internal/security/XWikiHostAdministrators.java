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

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.authorization.HostAdministrators;
import org.xwiki.contrib.gov.platform.internal.user.UserIds;
import org.xwiki.model.reference.WikiReference;
import org.xwiki.security.authorization.AuthorizationManager;
import org.xwiki.security.authorization.Right;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

/**
 * Whoever has XWiki's admin right on the main wiki is a government administrator: the people who already administer
 * the whole farm need no second grant to administer its agencies.
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiHostAdministrators implements HostAdministrators
{
    @Inject
    private AuthorizationManager authorization;

    @Inject
    private UserIds ids;

    @Inject
    private WikiDescriptorManager wikis;

    @Override
    public boolean isAdministrator(String userId)
    {
        return this.authorization.hasAccess(Right.ADMIN, this.ids.reference(userId),
            new WikiReference(this.wikis.getMainWikiId()));
    }
}
