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

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.test.annotation.ComponentList;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import com.xpn.xwiki.XWikiContext;
import com.xpn.xwiki.test.MockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.InjectMockitoOldcore;
import com.xpn.xwiki.test.junit5.mockito.OldcoreTest;
import com.xpn.xwiki.test.reference.ReferenceComponentList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

/**
 * The caller is the XWiki context's user, by serialized reference, in the context's language; the guest is anonymous.
 *
 * @version $Id$
 */
@OldcoreTest
@ReferenceComponentList
@ComponentList(UserIds.class)
class XWikiCurrentActorTest
{
    @InjectMockitoOldcore
    private MockitoOldcore oldcore;

    @InjectMockComponents
    private XWikiCurrentActor currentActor;

    @MockComponent
    private WikiDirectory directory;

    @Test
    void theContextsUserByReferenceWithTheirNameAndTheContextsLanguage()
    {
        XWikiContext context = this.oldcore.getXWikiContext();
        context.setUserReference(new DocumentReference("xwiki", "XWiki", "JaneDoe"));
        context.setLocale(Locale.FRENCH);
        when(this.directory.getDisplayName("xwiki:XWiki.JaneDoe")).thenReturn(Optional.of("Jane Doe"));

        assertEquals(Actor.user("xwiki:XWiki.JaneDoe", "Jane Doe", Locale.FRENCH), this.currentActor.get());
    }

    @Test
    void aUserWithoutAProfileNameIsNamedByTheirPage()
    {
        this.oldcore.getXWikiContext().setUserReference(new DocumentReference("health", "XWiki", "hana"));
        this.oldcore.getXWikiContext().setLocale(Locale.ENGLISH);

        assertEquals(Actor.user("health:XWiki.hana", "hana", Locale.ENGLISH), this.currentActor.get());
    }

    @Test
    void theGuestAndNoUserAreAnonymous()
    {
        XWikiContext context = this.oldcore.getXWikiContext();
        context.setLocale(Locale.FRENCH);
        context.setUserReference(null);
        assertEquals(Actor.anonymous(Locale.FRENCH), this.currentActor.get());

        context.setUserReference(new DocumentReference("xwiki", "XWiki", "XWikiGuest"));
        assertEquals(Actor.anonymous(Locale.FRENCH), this.currentActor.get());
    }
}
