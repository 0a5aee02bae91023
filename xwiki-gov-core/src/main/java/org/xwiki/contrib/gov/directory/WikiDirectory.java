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
package org.xwiki.contrib.gov.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.xwiki.component.annotation.Role;

/**
 * The wiki's users and groups, as the host knows them (XWiki users and groups inside XWiki, the sandbox's own user
 * table in the sandbox).
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface WikiDirectory
{
    /**
     * @param userId a user id
     * @return whether such a user exists
     */
    boolean userExists(String userId);

    /**
     * @param userId a user id
     * @return the user's name to show, if the user exists
     */
    Optional<String> getDisplayName(String userId);

    /**
     * @param userId a user id
     * @return the user's e-mail address, if known
     */
    Optional<String> getEmail(String userId);

    /**
     * @param userId a user id
     * @return the language the user reads, if set
     */
    Optional<Locale> getLocale(String userId);

    /**
     * @param groupId a group id
     * @return whether such a group exists
     */
    boolean groupExists(String groupId);

    /**
     * @param userId a user id
     * @return the ids of the groups the user belongs to, directly or through other groups
     */
    Set<String> getGroups(String userId);

    /**
     * @param groupId a group id
     * @return the ids of the users in the group, directly or through nested groups
     */
    Set<String> getMembers(String groupId);
}
