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

import org.junit.jupiter.api.Test;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.InjectComponentManager;
import org.xwiki.test.mockito.MockitoComponentManager;

import com.xpn.xwiki.test.MockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.InjectMockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.OldcoreTest;
import com.xpn.xwiki.test.reference.ReferenceComponentList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ids are serialized references with their wiki; a short id names a page of the main wiki's {@code XWiki} space.
 *
 * @version $Id$
 */
@OldcoreTest
@ReferenceComponentList
@ComponentList(UserIds.class)
class UserIdsTest
{
    @InjectMockitoOldcore
    private MockitoOldcore oldcore;

    @InjectComponentManager
    private MockitoComponentManager components;

    @Test
    void idsAreSerializedReferencesWithTheirWiki() throws Exception
    {
        this.oldcore.getXWikiContext().setWikiId("health");
        UserIds ids = this.components.getInstance(UserIds.class);
        DocumentReference jane = new DocumentReference("xwiki", "XWiki", "JaneDoe");

        assertEquals("xwiki:XWiki.JaneDoe", ids.id(jane));
        assertEquals(jane, ids.reference("xwiki:XWiki.JaneDoe"));
        assertEquals(jane, ids.reference("JaneDoe"), "in the main wiki, not the current one");
        assertEquals(new DocumentReference("health", "XWiki", "hana"), ids.reference("health:XWiki.hana"));
    }
}
