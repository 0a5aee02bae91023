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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.crossagency.GuestAccess;
import org.xwiki.contrib.gov.crossagency.MemberState;
import org.xwiki.contrib.gov.crossagency.SpaceStatus;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceDirectory;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceMemberStore.AccessRow;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcSpaceStore;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Access to the content of cross-agency spaces: an active steward or member edits the pages of an active space, a
 * guest reads or also edits as sponsored; an archived space is read-only for them; a member who does not pass the
 * space's guidelines, anyone suspended, and everyone else see nothing. One read, and the policy module's gate only for
 * spaces that list guidelines.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultCollaborationSpaces implements CollaborationSpaces
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcSpaceMemberStore members;

    @Inject
    private JdbcSpaceDirectory directory;

    @Inject
    private JdbcSpaceStore spaces;

    @Inject
    private GuidelineGates gates;

    @Override
    public ContentAccess getAccess(String userId, String spaceKey) throws GovException
    {
        Map<String, ContentAccess> access = read(spaceKey, userId);
        return access.getOrDefault(userId, ContentAccess.NONE);
    }

    @Override
    public Map<String, ContentAccess> listAccess(String spaceKey) throws GovException
    {
        Map<String, ContentAccess> access = read(spaceKey, null);
        access.values().removeIf(granted -> !granted.canView());
        return access;
    }

    @Override
    public List<String> listSpaces() throws GovException
    {
        return this.store.inTransaction(this.spaces::listKeys);
    }

    /** One person's (or every active member's) access, the space's guidelines read once and only if it lists any. */
    private Map<String, ContentAccess> read(String spaceKey, String userId) throws GovException
    {
        List<AccessRow> rows = new ArrayList<>();
        List<String> guidelines = new ArrayList<>();
        this.store.inTransaction(connection -> {
            rows.addAll(this.members.findAccess(connection, spaceKey, userId));
            if (rows.stream().anyMatch(AccessRow::gated)) {
                guidelines.addAll(this.directory.guidelines(connection, List.of(spaceKey))
                    .getOrDefault(spaceKey, List.of()));
            }
            return null;
        });
        Map<String, ContentAccess> access = new LinkedHashMap<>();
        for (AccessRow row : rows) {
            access.put(row.userId(), access(row, guidelines));
        }
        return access;
    }

    private ContentAccess access(AccessRow row, List<String> guidelines) throws GovException
    {
        if (row.state() != MemberState.ACTIVE
            || row.spaceStatus() != SpaceStatus.ACTIVE && row.spaceStatus() != SpaceStatus.ARCHIVED
            || row.gated() && !this.gates.passesAll(row.userId(), guidelines)) {
            return ContentAccess.NONE;
        }
        boolean writer = row.guestAccess().map(access -> access == GuestAccess.CONTRIBUTE).orElse(true);
        return row.spaceStatus() == SpaceStatus.ACTIVE && writer ? ContentAccess.EDIT : ContentAccess.VIEW;
    }

}
