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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.platform.internal.user.UserIds;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.LocalDocumentReference;
import org.xwiki.model.reference.SpaceReference;
import org.xwiki.model.reference.WikiReference;
import org.xwiki.wiki.descriptor.WikiDescriptorManager;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.XWikiException;
import com.xpn.xwiki.doc.XWikiDocument;
import com.xpn.xwiki.objects.BaseObject;

/**
 * Writes a cross-agency space's access, as the spaces' tables say it is now, into XWiki: the space
 * {@code CrossAgency.<KEY>} of the main wiki; two hidden groups in the main wiki's {@code XWiki} space,
 * {@code CrossAgency_<KEY>_Members} (everyone who may read) and {@code CrossAgency_<KEY>_Editors} (everyone who may
 * write); and on the space's {@code WebPreferences} exactly two {@code XWiki.XWikiGlobalRights} objects, view for the
 * members and edit and comment for the editors. XWiki denies a right allowed at a level to everyone the level does not
 * name, so nobody else sees the space (XWiki's administrators still do). The tables are the source of truth: any other
 * rights object on that page and any member added by hand are removed. A document is saved only when it differs.
 *
 * @version $Id$
 */
@Component(roles = SpaceRightsMirror.class)
@Singleton
public class SpaceRightsMirror
{
    /** The space of the main wiki that holds every cross-agency space. */
    public static final String ROOT_SPACE = "CrossAgency";

    private static final String USERS_SPACE = "XWiki";

    private static final LocalDocumentReference GROUPS_CLASS = new LocalDocumentReference(USERS_SPACE, "XWikiGroups");

    private static final LocalDocumentReference RIGHTS_CLASS =
        new LocalDocumentReference(USERS_SPACE, "XWikiGlobalRights");

    private static final String MEMBER = "member";

    private static final String GROUPS = "groups";

    private static final String USERS = "users";

    private static final String LEVELS = "levels";

    private static final String ALLOW = "allow";

    @Inject
    private CollaborationSpaces spaces;

    @Inject
    private Provider<XWikiContext> contexts;

    @Inject
    private UserIds ids;

    @Inject
    private WikiDescriptorManager wikis;

    /**
     * @param spaceKey a cross-agency space
     * @return whether any XWiki document had to change
     * @throws GovException when the spaces' tables cannot be read
     * @throws XWikiException when XWiki cannot read or save a document
     */
    public boolean mirror(String spaceKey) throws GovException, XWikiException
    {
        Map<String, ContentAccess> access = this.spaces.listAccess(spaceKey);
        WikiReference main = new WikiReference(this.wikis.getMainWikiId());
        DocumentReference members = group(main, spaceKey, "Members");
        DocumentReference editors = group(main, spaceKey, "Editors");
        XWikiContext context = this.contexts.get();
        boolean changed = saveGroup(context, spaceKey, members, holders(access, ContentAccess::canView));
        changed |= saveGroup(context, spaceKey, editors, holders(access, ContentAccess::canEdit));
        List<Grant> grants = List.of(new Grant(this.ids.id(members), "view"),
            new Grant(this.ids.id(editors), "edit,comment"));
        return saveRights(context, spaceKey, new DocumentReference("WebPreferences", space(main, spaceKey)), grants)
            || changed;
    }

    /**
     * @param main the main wiki
     * @param spaceKey a cross-agency space
     * @return the XWiki space that holds its pages
     */
    public static SpaceReference space(WikiReference main, String spaceKey)
    {
        return new SpaceReference(spaceKey, new SpaceReference(ROOT_SPACE, main));
    }

    private static DocumentReference group(WikiReference main, String spaceKey, String role)
    {
        return new DocumentReference(main.getName(), USERS_SPACE, ROOT_SPACE + '_' + spaceKey + '_' + role);
    }

    private static Set<String> holders(Map<String, ContentAccess> access, Predicate<ContentAccess> right)
    {
        Set<String> holders = new TreeSet<>();
        access.forEach((userId, granted) -> {
            if (right.test(granted)) {
                holders.add(userId);
            }
        });
        return holders;
    }

    private boolean saveGroup(XWikiContext context, String spaceKey, DocumentReference reference, Set<String> members)
        throws XWikiException
    {
        XWikiDocument document = context.getWiki().getDocument(reference, context);
        List<BaseObject> objects = present(document.getXObjects(GROUPS_CLASS));
        Set<String> current = new TreeSet<>();
        objects.forEach(object -> current.add(object.getStringValue(MEMBER)));
        current.remove("");
        if (!objects.isEmpty() && current.equals(members)) {
            return false;
        }
        XWikiDocument changed = document.clone();
        changed.removeXObjects(GROUPS_CLASS);
        // An empty group keeps one empty member object: XWiki knows a group by its objects.
        for (String member : members.isEmpty() ? Set.of("") : members) {
            changed.newXObject(GROUPS_CLASS, context).setStringValue(MEMBER, member);
        }
        changed.setHidden(true);
        context.getWiki().saveDocument(changed, "Cross-agency space " + spaceKey + ": members re-derived", true,
            context);
        return true;
    }

    private boolean saveRights(XWikiContext context, String spaceKey, DocumentReference reference, List<Grant> grants)
        throws XWikiException
    {
        XWikiDocument document = context.getWiki().getDocument(reference, context);
        List<Grant> current = new ArrayList<>();
        for (BaseObject object : present(document.getXObjects(RIGHTS_CLASS))) {
            current.add(object.getIntValue(ALLOW) == 1 && object.getLargeStringValue(USERS).isEmpty()
                ? new Grant(object.getLargeStringValue(GROUPS), object.getStringValue(LEVELS))
                : new Grant("", ""));
        }
        if (current.equals(grants)) {
            return false;
        }
        XWikiDocument changed = document.clone();
        changed.removeXObjects(RIGHTS_CLASS);
        for (Grant grant : grants) {
            BaseObject right = changed.newXObject(RIGHTS_CLASS, context);
            right.setLargeStringValue(GROUPS, grant.group());
            right.setLargeStringValue(USERS, "");
            right.setStringValue(LEVELS, grant.levels());
            right.setIntValue(ALLOW, 1);
        }
        changed.setHidden(true);
        context.getWiki().saveDocument(changed, "Cross-agency space " + spaceKey + ": rights re-derived", true,
            context);
        return true;
    }

    private static List<BaseObject> present(List<BaseObject> objects)
    {
        // XWiki leaves nulls where objects were deleted.
        return objects.stream().filter(object -> object != null).toList();
    }

    /** One allowing rights object: a group and its levels. */
    private record Grant(String group, String levels)
    {
    }
}
