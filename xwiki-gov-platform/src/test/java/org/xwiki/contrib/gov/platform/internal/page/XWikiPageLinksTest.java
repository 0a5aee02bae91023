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
package org.xwiki.contrib.gov.platform.internal.page;

import java.util.Optional;

import javax.inject.Named;

import org.junit.jupiter.api.Test;
import org.xwiki.bridge.DocumentAccessBridge;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.model.reference.DocumentReferenceResolver;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

/**
 * Links from a guideline's text to the wiki's documents: to the view of one that exists, none otherwise.
 *
 * @version $Id$
 */
@ComponentTest
class XWikiPageLinksTest
{
    private static final DocumentReference CONDUCT = new DocumentReference("xwiki", "HR", "Conduct");

    @InjectMockComponents
    private XWikiPageLinks links;

    @MockComponent
    @Named("current")
    private DocumentReferenceResolver<String> resolver;

    @MockComponent
    private DocumentAccessBridge documents;

    @Test
    void pointsAtTheViewOfADocumentThatExists() throws Exception
    {
        when(this.resolver.resolve("HR.Conduct")).thenReturn(CONDUCT);
        when(this.documents.exists(CONDUCT)).thenReturn(true);
        when(this.documents.getDocumentURL(CONDUCT, "view", null, null)).thenReturn("/xwiki/bin/view/HR/Conduct");

        assertEquals(Optional.of("/xwiki/bin/view/HR/Conduct"), this.links.urlOf("HR.Conduct"));
    }

    @Test
    void leavesTheLabelAsTextForADocumentThatDoesNotExistOrFailsToLoad() throws Exception
    {
        when(this.resolver.resolve("HR.Conduct")).thenReturn(CONDUCT);

        assertEquals(Optional.empty(), this.links.urlOf("HR.Conduct"));
        when(this.documents.exists(CONDUCT)).thenThrow(new IllegalStateException("store down"));
        assertEquals(Optional.empty(), this.links.urlOf("HR.Conduct"));
    }
}
