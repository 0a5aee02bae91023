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

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.collaboration.CollaborationSpaces;
import org.xwiki.contrib.gov.collaboration.ContentAccess;
import org.xwiki.contrib.gov.platform.internal.user.UserIds;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.LocalDocumentReference;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.doc.XWikiDocument;
import com.xpn.xwiki.objects.BaseObject;
import com.xpn.xwiki.test.MockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.InjectMockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.OldcoreTest;
import com.xpn.xwiki.test.reference.ReferenceComponentList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A space's access becomes two XWiki groups and two rights objects on its {@code WebPreferences}; nothing is saved when
 * XWiki already agrees; members and rights edited by hand are undone.
 *
 * @version $Id$
 */
@OldcoreTest
@ReferenceComponentList
@ComponentList(UserIds.class)
class SpaceRightsMirrorTest
{
    private static final String ALICE = "xwiki:XWiki.alice";

    private static final String ADA = "xwiki:XWiki.ada";

    private static final LocalDocumentReference GROUPS = new LocalDocumentReference("XWiki", "XWikiGroups");

    private static final LocalDocumentReference RIGHTS = new LocalDocumentReference("XWiki", "XWikiGlobalRights");

    private static final DocumentReference MEMBERS =
        new DocumentReference("xwiki", "XWiki", "CrossAgency_DATA_Members");

    private static final DocumentReference EDITORS =
        new DocumentReference("xwiki", "XWiki", "CrossAgency_DATA_Editors");

    private static final DocumentReference PREFERENCES =
        new DocumentReference("xwiki", List.of("CrossAgency", "DATA"), "WebPreferences");

    @InjectMockitoOldcore
    private MockitoOldcore oldcore;

    @InjectMockComponents
    private SpaceRightsMirror mirror;

    @MockComponent
    private CollaborationSpaces spaces;

    private XWikiContext context;

    @BeforeEach
    void setUp()
    {
        this.context = this.oldcore.getXWikiContext();
    }

    @Test
    void theAccessBecomesGroupsAndRightsAndIsSavedOnlyWhenItDiffers() throws Exception
    {
        when(this.spaces.listAccess("DATA")).thenReturn(Map.of(ALICE, ContentAccess.EDIT, ADA, ContentAccess.VIEW));

        assertTrue(this.mirror.mirror("DATA"));

        assertEquals(List.of(ADA, ALICE), members(MEMBERS));
        assertEquals(List.of(ALICE), members(EDITORS));
        assertEquals(List.of("xwiki:XWiki.CrossAgency_DATA_Members view 1", "xwiki:XWiki.CrossAgency_DATA_Editors "
            + "edit,comment 1"), rights());
        assertTrue(document(MEMBERS).isHidden());

        this.oldcore.getDocuments().clear();
        assertTrue(this.mirror.mirror("DATA"), "documents gone: written again");
        assertFalse(this.mirror.mirror("DATA"), "XWiki already agrees");
    }

    @Test
    void nothingIsSavedWhenXWikiAlreadyAgrees() throws Exception
    {
        when(this.spaces.listAccess("DATA")).thenReturn(Map.of(ALICE, ContentAccess.EDIT));
        this.mirror.mirror("DATA");
        clearInvocations(this.oldcore.getSpyXWiki());

        assertFalse(this.mirror.mirror("DATA"));

        verify(this.oldcore.getSpyXWiki(), never()).saveDocument(any(XWikiDocument.class), anyString(), anyBoolean(),
            any(XWikiContext.class));
    }

    @Test
    void membersAndRightsEditedByHandAreUndone() throws Exception
    {
        when(this.spaces.listAccess("DATA")).thenReturn(Map.of(ALICE, ContentAccess.EDIT));
        this.mirror.mirror("DATA");
        XWikiDocument group = document(MEMBERS).clone();
        group.newXObject(GROUPS, this.context).setStringValue("member", "xwiki:XWiki.mallory");
        this.oldcore.getSpyXWiki().saveDocument(group, this.context);
        XWikiDocument preferences = document(PREFERENCES).clone();
        BaseObject everyone = preferences.newXObject(RIGHTS, this.context);
        everyone.setLargeStringValue("groups", "XWiki.XWikiAllGroup");
        everyone.setStringValue("levels", "view");
        everyone.setIntValue("allow", 1);
        this.oldcore.getSpyXWiki().saveDocument(preferences, this.context);

        assertTrue(this.mirror.mirror("DATA"));

        assertEquals(List.of(ALICE), members(MEMBERS));
        assertEquals(2, rights().size());
    }

    @Test
    void aSpaceNobodyMaySeeKeepsEmptyGroupsAndItsRights() throws Exception
    {
        when(this.spaces.listAccess("DATA")).thenReturn(Map.of());

        this.mirror.mirror("DATA");

        assertEquals(List.of(""), members(MEMBERS), "one empty member object keeps it a group");
        assertEquals(2, rights().size(), "nobody but XWiki's administrators sees the space");
    }

    private XWikiDocument document(DocumentReference reference) throws Exception
    {
        return this.oldcore.getSpyXWiki().getDocument(reference, this.context);
    }

    private List<String> members(DocumentReference group) throws Exception
    {
        return document(group).getXObjects(GROUPS).stream().filter(Objects::nonNull)
            .map(object -> object.getStringValue("member")).sorted().toList();
    }

    private List<String> rights() throws Exception
    {
        return document(PREFERENCES).getXObjects(RIGHTS).stream().filter(Objects::nonNull)
            .map(object -> object.getLargeStringValue("groups") + ' ' + object.getStringValue("levels") + ' '
                + object.getIntValue("allow"))
            .toList();
    }
}
