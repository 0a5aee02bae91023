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

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.collaboration.CollaborationPage;
import org.xwiki.contrib.gov.platform.internal.user.UserIds;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.query.Query;
import org.xwiki.query.QueryException;
import org.xwiki.query.QueryManager;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.doc.XWikiDocument;
import com.xpn.xwiki.test.MockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.InjectMockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.OldcoreTest;
import com.xpn.xwiki.test.reference.ReferenceComponentList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A space's pages are the documents of {@code CrossAgency.<KEY>} in the main wiki, latest first, with their title,
 * major version, last author and address; a new one is written with XWiki's "create" action.
 *
 * @version $Id$
 */
@OldcoreTest
@ReferenceComponentList
@ComponentList(UserIds.class)
class XWikiCollaborationPagesTest
{
    private static final DocumentReference PLAN =
        new DocumentReference("xwiki", List.of("CrossAgency", "DATA"), "Plan");

    @InjectMockitoOldcore
    private MockitoOldcore oldcore;

    @InjectMockComponents
    private XWikiCollaborationPages pages;

    @MockComponent
    private QueryManager queries;

    private final Query query = mock(Query.class);

    private XWikiContext context;

    @BeforeEach
    void setUp() throws Exception
    {
        this.context = this.oldcore.getXWikiContext();
        when(this.queries.createQuery(anyString(), eq(Query.HQL))).thenReturn(this.query);
        when(this.query.bindValue(anyString(), any())).thenReturn(this.query);
        when(this.query.setWiki(anyString())).thenReturn(this.query);
        when(this.query.setLimit(any(Integer.class))).thenReturn(this.query);
    }

    @Test
    void theSpacesDocumentsLatestFirst() throws Exception
    {
        XWikiDocument plan = new XWikiDocument(PLAN);
        plan.setTitle("Data sharing plan");
        plan.setAuthorReference(new DocumentReference("xwiki", "XWiki", "alice"));
        plan.setDate(new Date(1_795_000_000_000L));
        plan.setVersion("3.2");
        store(plan);
        when(this.query.execute()).thenReturn(List.of("Plan"));
        doReturn("/xwiki/bin/view/CrossAgency/DATA/Plan").when(this.oldcore.getSpyXWiki()).getURL(PLAN, "view",
            this.context);

        List<CollaborationPage> found = this.pages.listPages("DATA", 20);

        assertEquals(List.of(new CollaborationPage("Plan", "Data sharing plan", 3, "xwiki:XWiki.alice",
            plan.getDate().toInstant(), "/xwiki/bin/view/CrossAgency/DATA/Plan")), found);
        verify(this.query).bindValue("space", "CrossAgency.DATA");
        verify(this.query).setWiki("xwiki");
        verify(this.query).setLimit(20);
    }

    @Test
    void aPageWithoutTitleIsNamedByItsPage() throws Exception
    {
        XWikiDocument plan = new XWikiDocument(PLAN);
        plan.setDate(new Date(0));
        store(plan);
        when(this.query.execute()).thenReturn(List.of("Plan"));
        doReturn("/plan").when(this.oldcore.getSpyXWiki()).getURL(PLAN, "view", this.context);

        assertEquals("Plan", this.pages.listPages("DATA", 20).get(0).title());
    }

    /** Puts the document in the mocked store as it is, where saving it would set its version, author and date. */
    private void store(XWikiDocument document)
    {
        document.setNew(false);
        this.oldcore.getDocuments().put(document.getDocumentReferenceWithLocale(), document);
    }

    @Test
    void aFailingQueryIsAnError() throws Exception
    {
        when(this.query.execute()).thenThrow(new QueryException("down", this.query, null));

        assertEquals("gov.platform.error.pages",
            assertThrows(GovException.class, () -> this.pages.listPages("DATA", 20)).getMessageKey());
    }

    @Test
    void aNewPageIsWrittenWithXWikisCreateAction() throws Exception
    {
        DocumentReference home = new DocumentReference("xwiki", List.of("CrossAgency", "DATA"), "WebHome");
        doReturn("/xwiki/bin/create/CrossAgency/DATA/WebHome").when(this.oldcore.getSpyXWiki()).getURL(home,
            "create", this.context);

        assertEquals("/xwiki/bin/create/CrossAgency/DATA/WebHome", this.pages.getNewPageUrl("DATA"));
    }
}
