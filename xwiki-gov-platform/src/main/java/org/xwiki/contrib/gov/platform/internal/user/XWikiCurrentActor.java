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
package org.xwiki.contrib.gov.platform.internal.user;

import java.util.Locale;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.actor.CurrentActor;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.model.reference.DocumentReference;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.user.api.XWikiRightService;

/**
 * The caller is the XWiki context's user, as XWiki authenticated them (session or HTTP Basic); XWiki's guest user,
 * or no user at all, is an anonymous caller; the language is the context's.
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiCurrentActor implements CurrentActor
{
    @Inject
    private Provider<XWikiContext> contexts;

    @Inject
    private UserIds ids;

    @Inject
    private WikiDirectory directory;

    @Override
    public Actor get()
    {
        XWikiContext context = this.contexts.get();
        Optional<XWikiContext> current = Optional.ofNullable(context);
        Locale locale = current.map(XWikiContext::getLocale).orElse(Locale.ENGLISH);
        DocumentReference user = current.map(XWikiContext::getUserReference).orElse(null);
        if (user == null || XWikiRightService.GUEST_USER.equals(user.getName())) {
            return Actor.anonymous(locale);
        }
        String id = this.ids.id(user);
        return Actor.user(id, this.directory.getDisplayName(id).orElse(user.getName()), locale);
    }
}
