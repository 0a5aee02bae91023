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
package org.xwiki.contrib.gov.test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.xwiki.contrib.gov.directory.WikiDirectory;

/**
 * A wiki directory that tests fill with users and groups.
 *
 * @version $Id$
 */
public final class InMemoryDirectory implements WikiDirectory
{
    private record User(String displayName, String email, Locale locale)
    {
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> groups = new ConcurrentHashMap<>();

    /**
     * @param userId the new user's id, also the local part of their e-mail address
     * @param displayName the user's name
     * @return this directory
     */
    public InMemoryDirectory addUser(String userId, String displayName)
    {
        this.users.put(userId, new User(displayName, userId + "@example.gov", Locale.ENGLISH));
        return this;
    }

    /**
     * @param groupId the group's id
     * @param members the ids of its users
     * @return this directory
     */
    public InMemoryDirectory addGroup(String groupId, Set<String> members)
    {
        this.groups.put(groupId, Set.copyOf(members));
        return this;
    }

    @Override
    public boolean userExists(String userId)
    {
        return this.users.containsKey(userId);
    }

    @Override
    public Optional<String> getDisplayName(String userId)
    {
        return Optional.ofNullable(this.users.get(userId)).map(User::displayName);
    }

    @Override
    public Optional<String> getEmail(String userId)
    {
        return Optional.ofNullable(this.users.get(userId)).map(User::email);
    }

    @Override
    public Optional<Locale> getLocale(String userId)
    {
        return Optional.ofNullable(this.users.get(userId)).map(User::locale);
    }

    @Override
    public boolean groupExists(String groupId)
    {
        return this.groups.containsKey(groupId);
    }

    @Override
    public Set<String> getGroups(String userId)
    {
        return this.groups.entrySet().stream().filter(entry -> entry.getValue().contains(userId))
            .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> getMembers(String groupId)
    {
        return this.groups.getOrDefault(groupId, Set.of());
    }
}
