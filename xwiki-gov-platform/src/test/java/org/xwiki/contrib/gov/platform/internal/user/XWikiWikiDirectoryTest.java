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

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Named;
import javax.mail.internet.InternetAddress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;
import org.xwiki.user.UserException;
import org.xwiki.user.UserManager;
import org.xwiki.user.UserProperties;
import org.xwiki.user.UserPropertiesResolver;
import org.xwiki.user.UserReference;
import org.xwiki.user.UserReferenceResolver;
import org.xwiki.user.group.GroupException;
import org.xwiki.user.group.GroupManager;
import org.xwiki.user.group.WikiTarget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Users from XWiki's user manager and user properties, groups from its group manager with nested groups followed; a
 * failing store reads as nobody.
 *
 * @version $Id$
 */
@ComponentTest
class XWikiWikiDirectoryTest
{
    private static final String JANE = "xwiki:XWiki.JaneDoe";

    private static final DocumentReference JANE_PAGE = new DocumentReference("xwiki", "XWiki", "JaneDoe");

    private static final DocumentReference HR = new DocumentReference("xwiki", "XWiki", "HRGroup");

    private static final DocumentReference HEALTH_HR = new DocumentReference("xwiki", "XWiki", "HealthHRGroup");

    @InjectMockComponents
    private XWikiWikiDirectory directory;

    @MockComponent
    private UserIds ids;

    @MockComponent
    @Named("document")
    private UserReferenceResolver<DocumentReference> users;

    @MockComponent
    private UserManager userManager;

    @MockComponent
    private UserPropertiesResolver properties;

    @MockComponent
    private GroupManager groups;

    private final UserReference janeUser = mock(UserReference.class);

    private final UserProperties janeProperties = mock(UserProperties.class);

    @BeforeEach
    void setUp() throws Exception
    {
        for (DocumentReference page : List.of(JANE_PAGE, HR, HEALTH_HR)) {
            String id = "xwiki:XWiki." + page.getName();
            when(this.ids.reference(id)).thenReturn(page);
            when(this.ids.id(page)).thenReturn(id);
        }
        when(this.users.resolve(JANE_PAGE)).thenReturn(this.janeUser);
        when(this.properties.resolve(this.janeUser)).thenReturn(this.janeProperties);
    }

    @Test
    void aUsersNameAddressAndLanguageAreTheirUserProperties() throws Exception
    {
        when(this.userManager.exists(this.janeUser)).thenReturn(true);
        when(this.janeProperties.getFirstName()).thenReturn("Jane");
        when(this.janeProperties.getLastName()).thenReturn(" Doe ");
        when(this.janeProperties.getEmail()).thenReturn(new InternetAddress("jane@health.example"));
        when(this.janeProperties.getProperty("language")).thenReturn("fr_CA");

        assertTrue(this.directory.userExists(JANE));
        assertEquals(Optional.of("Jane Doe"), this.directory.getDisplayName(JANE));
        assertEquals(Optional.of("jane@health.example"), this.directory.getEmail(JANE));
        assertEquals(Optional.of(Locale.CANADA_FRENCH), this.directory.getLocale(JANE));
    }

    @Test
    void aUserWithoutNameAddressOrLanguage() throws Exception
    {
        when(this.userManager.exists(this.janeUser)).thenReturn(true);
        when(this.janeProperties.getProperty("language")).thenReturn(" ");

        assertEquals(Optional.of("JaneDoe"), this.directory.getDisplayName(JANE), "the page's name");
        assertEquals(Optional.empty(), this.directory.getEmail(JANE));
        assertEquals(Optional.empty(), this.directory.getLocale(JANE));
    }

    @Test
    void anUnknownUserOrAFailingStoreIsNobody() throws Exception
    {
        when(this.userManager.exists(this.janeUser)).thenReturn(false);
        assertFalse(this.directory.userExists(JANE));
        assertEquals(Optional.empty(), this.directory.getDisplayName(JANE));

        when(this.userManager.exists(this.janeUser)).thenThrow(new UserException("store down", null));
        assertFalse(this.directory.userExists(JANE));
        assertEquals(Optional.empty(), this.directory.getEmail(JANE));
    }

    @Test
    void groupsAcrossTheFarmWithNestedGroupsFollowed() throws Exception
    {
        when(this.groups.getGroups(JANE_PAGE, WikiTarget.ALL, true)).thenReturn(List.of(HEALTH_HR, HR));
        when(this.groups.getMembers(HR, true)).thenReturn(List.of(HEALTH_HR, JANE_PAGE));
        when(this.groups.isGroup(HR)).thenReturn(true);
        when(this.groups.isGroup(HEALTH_HR)).thenReturn(true);

        assertEquals(Set.of("xwiki:XWiki.HealthHRGroup", "xwiki:XWiki.HRGroup"), this.directory.getGroups(JANE));
        assertEquals(Set.of(JANE), this.directory.getMembers("xwiki:XWiki.HRGroup"), "users only, not the groups");
        assertTrue(this.directory.groupExists("xwiki:XWiki.HRGroup"));
        assertFalse(this.directory.groupExists(JANE));
    }

    @Test
    void aFailingGroupStoreIsNoGroup() throws Exception
    {
        when(this.groups.getGroups(any(), any(), any(Boolean.class))).thenThrow(new GroupException("down"));
        when(this.groups.getMembers(any(), any(Boolean.class))).thenThrow(new GroupException("down"));
        when(this.groups.isGroup(HR)).thenThrow(new GroupException("down"));

        assertEquals(Set.of(), this.directory.getGroups(JANE));
        assertEquals(Set.of(), this.directory.getMembers("xwiki:XWiki.HRGroup"));
        assertFalse(this.directory.groupExists("xwiki:XWiki.HRGroup"));
    }
}
