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
package org.xwiki.contrib.gov.platform.internal.space;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.collaboration.CollaborationPages;
import org.xwiki.contrib.gov.platform.internal.user.UserIds;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.EntityReferenceSerializer;
import org.xwiki.model.reference.SpaceReference;
import org.xwiki.model.reference.WikiReference;
import org.xwiki.query.Query;
import org.xwiki.query.QueryException;
import org.xwiki.query.QueryManager;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.XWikiException;
import com.xpn.xwiki.doc.XWikiDocument;

/**
 * A cross-agency space's pages are the XWiki documents of its space {@code CrossAgency.<KEY>} in the main wiki (its
 * rights page aside), most recently saved first; a new page is written with XWiki's own "create" action there.
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiCollaborationPages implements CollaborationPages
{
    private static final String HOME = "WebHome";

    @Inject
    private QueryManager queries;

    @Inject
    private Provider<XWikiContext> contexts;

    @Inject
    @Named("local")
    private EntityReferenceSerializer<String> localSerializer;

    @Inject
    private UserIds ids;

    @Inject
    private WikiDescriptorManager wikis;

    @Override
    public List<CollaborationPage> listPages(String spaceKey, int limit) throws GovException
    {
        XWikiContext context = this.contexts.get();
        WikiReference main = new WikiReference(this.wikis.getMainWikiId());
        SpaceReference space = SpaceRightsMirror.space(main, spaceKey);
        try {
            List<String> names = this.queries.createQuery("select doc.name from XWikiDocument doc "
                + "where doc.space = :space and doc.name <> 'WebPreferences' order by doc.date desc", Query.HQL)
                .bindValue("space", this.localSerializer.serialize(space))
                .setWiki(main.getName()).setLimit(limit).execute();
            List<CollaborationPage> pages = new ArrayList<>();
            for (String name : names) {
                XWikiDocument document = context.getWiki().getDocument(new DocumentReference(name, space), context);
                pages.add(new CollaborationPage(name, title(document), majorVersion(document.getVersion()),
                    document.getAuthorReference() == null ? "" : this.ids.id(document.getAuthorReference()),
                    document.getDate().toInstant(),
                    context.getWiki().getURL(document.getDocumentReference(), "view", context)));
            }
            return pages;
        } catch (QueryException | XWikiException e) {
            throw new GovException(e, "gov.platform.error.pages", spaceKey, e.getMessage());
        }
    }

    @Override
    public String getNewPageUrl(String spaceKey)
    {
        XWikiContext context = this.contexts.get();
        WikiReference main = new WikiReference(this.wikis.getMainWikiId());
        return context.getWiki().getURL(new DocumentReference(HOME, SpaceRightsMirror.space(main, spaceKey)),
            "create", context);
    }

    private static String title(XWikiDocument document)
    {
        String title = document.getTitle();
        return title == null || title.isBlank() ? document.getDocumentReference().getName() : title;
    }

    /** XWiki numbers versions major.minor: a page's versions as people count them are the major ones. */
    private static int majorVersion(String version)
    {
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }
}
