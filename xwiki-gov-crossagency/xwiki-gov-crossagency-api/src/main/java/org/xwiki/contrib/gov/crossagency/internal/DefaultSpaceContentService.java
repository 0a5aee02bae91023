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
package org.xwiki.contrib.gov.crossagency.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.manager.ComponentLookupException;
import org.xwiki.component.manager.ComponentManager;
import org.xwiki.contrib.gov.AccessDeniedException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.collaboration.CollaborationPages;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.crossagency.Space;
import org.xwiki.contrib.gov.crossagency.SpaceActivity;
import org.xwiki.contrib.gov.crossagency.SpaceContentService;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcActivityStore;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Checks that the space is visible, then who may read its content ({@link CollaborationSpaces}, the same answer the
 * host gets on every page view), before it reads the pages from the host or the activity from its table.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultSpaceContentService implements SpaceContentService
{
    /** How many pages and events a space's home shows. */
    static final int LATEST = 20;

    @Inject
    private GovStore store;

    @Inject
    private SpaceAccess access;

    @Inject
    private JdbcActivityStore activity;

    @Inject
    private CollaborationSpaces collaborationSpaces;

    @Inject
    private ComponentManager componentManager;

    @Override
    public ContentAccess getContentAccess(Actor actor, String key) throws GovException
    {
        this.store.inTransaction(connection -> this.access.requireVisible(connection, actor, key, false));
        return contentAccess(actor, key);
    }

    @Override
    public List<CollaborationPage> getPages(Actor actor, String key) throws GovException
    {
        if (!getContentAccess(actor, key).canView()) {
            throw new AccessDeniedException("crossagency.content.view");
        }
        return readPages(key);
    }

    @Override
    public Optional<String> getNewPageUrl(Actor actor, String key) throws GovException
    {
        if (!getContentAccess(actor, key).canEdit()) {
            return Optional.empty();
        }
        return host().map(pages -> pages.getNewPageUrl(key));
    }

    @Override
    public List<SpaceActivity> getActivity(Actor actor, String key) throws GovException
    {
        List<SpaceActivity> latest = new ArrayList<>(this.store.inTransaction(connection -> {
            Space space = this.access.requireVisible(connection, actor, key, false);
            return this.activity.latest(connection, key, LATEST, !this.access.seesWhoIsIn(connection, actor, space));
        }));
        if (contentAccess(actor, key).canView()) {
            for (CollaborationPage page : readPages(key)) {
                latest.add(new SpaceActivity(page.lastModified(), SpaceActivity.PAGE_SAVED,
                    Optional.of(page.lastAuthor()), Optional.empty(), Optional.of(page.title()),
                    Optional.of(page.url())));
            }
        }
        latest.sort(Comparator.comparing(SpaceActivity::at).reversed());
        return List.copyOf(latest.subList(0, Math.min(LATEST, latest.size())));
    }

    private ContentAccess contentAccess(Actor actor, String key) throws GovException
    {
        return actor.userId().isPresent() ? this.collaborationSpaces.getAccess(actor.userId().get(), key)
            : ContentAccess.NONE;
    }

    private List<CollaborationPage> readPages(String key) throws GovException
    {
        Optional<CollaborationPages> host = host();
        return host.isPresent() ? host.get().listPages(key, LATEST) : List.of();
    }

    /** The host that keeps the pages; none when it keeps none (or is not installed). */
    private Optional<CollaborationPages> host() throws GovException
    {
        if (!this.componentManager.hasComponent(CollaborationPages.class)) {
            return Optional.empty();
        }
        try {
            return Optional.of(this.componentManager.getInstance(CollaborationPages.class));
        } catch (ComponentLookupException e) {
            throw new GovException(e, "gov.crossagency.error.pages");
        }
    }
}
