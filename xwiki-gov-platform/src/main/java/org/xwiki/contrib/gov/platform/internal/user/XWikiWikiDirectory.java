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

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import javax.mail.internet.InternetAddress;

import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.model.reference.DocumentReference;
import org.xwiki.user.UserException;
import org.xwiki.user.UserManager;
import org.xwiki.user.UserProperties;
import org.xwiki.user.UserPropertiesResolver;
import org.xwiki.user.UserReference;
import org.xwiki.user.UserReferenceResolver;
import org.xwiki.user.group.GroupException;
import org.xwiki.user.group.GroupManager;
import org.xwiki.user.group.WikiTarget;

/**
 * XWiki's users and groups: a user exists when XWiki's user manager says so, their name, address and language are
 * their user properties (the language falls back on the wiki's, as XWiki's own pages do), groups and members come from
 * XWiki's group manager with nested groups followed, across the farm's wikis. A failure of XWiki's stores is logged and
 * read as "nobody", so that a page shows less rather than more.
 *
 * @version $Id$
 */
@Component
@Singleton
public class XWikiWikiDirectory implements WikiDirectory
{
    private static final String LANGUAGE = "language";

    @Inject
    private UserIds ids;

    @Inject
    @Named("document")
    private UserReferenceResolver<DocumentReference> users;

    @Inject
    private UserManager userManager;

    @Inject
    private UserPropertiesResolver properties;

    @Inject
    private GroupManager groups;

    @Inject
    private Logger logger;

    @Override
    public boolean userExists(String userId)
    {
        try {
            return this.userManager.exists(user(userId));
        } catch (UserException e) {
            this.logger.warn("Cannot tell whether user {} exists: {}", userId, e.getMessage());
            return false;
        }
    }

    @Override
    public Optional<String> getDisplayName(String userId)
    {
        return properties(userId).map(user -> {
            String name = StringUtils.normalizeSpace(StringUtils.join(user.getFirstName(), ' ', user.getLastName()));
            return name.isEmpty() ? this.ids.reference(userId).getName() : name;
        });
    }

    @Override
    public Optional<String> getEmail(String userId)
    {
        return properties(userId).map(UserProperties::getEmail).map(InternetAddress::getAddress);
    }

    @Override
    public Optional<Locale> getLocale(String userId)
    {
        return properties(userId).map(user -> user.<String>getProperty(LANGUAGE)).filter(StringUtils::isNotBlank)
            .map(language -> Locale.forLanguageTag(language.strip().replace('_', '-')));
    }

    @Override
    public boolean groupExists(String groupId)
    {
        try {
            return this.groups.isGroup(this.ids.reference(groupId));
        } catch (GroupException e) {
            this.logger.warn("Cannot tell whether group {} exists: {}", groupId, e.getMessage());
            return false;
        }
    }

    @Override
    public Set<String> getGroups(String userId)
    {
        try {
            return ids(this.groups.getGroups(this.ids.reference(userId), WikiTarget.ALL, true));
        } catch (GroupException e) {
            this.logger.warn("Cannot read the groups of user {}: {}", userId, e.getMessage());
            return Set.of();
        }
    }

    @Override
    public Set<String> getMembers(String groupId)
    {
        try {
            Set<String> members = new LinkedHashSet<>();
            for (DocumentReference member : this.groups.getMembers(this.ids.reference(groupId), true)) {
                if (!this.groups.isGroup(member)) {
                    members.add(this.ids.id(member));
                }
            }
            return members;
        } catch (GroupException e) {
            this.logger.warn("Cannot read the members of group {}: {}", groupId, e.getMessage());
            return Set.of();
        }
    }

    private UserReference user(String userId)
    {
        return this.users.resolve(this.ids.reference(userId));
    }

    private Optional<UserProperties> properties(String userId)
    {
        if (!userExists(userId)) {
            return Optional.empty();
        }
        return Optional.of(this.properties.resolve(user(userId)));
    }

    private Set<String> ids(Collection<DocumentReference> references)
    {
        Set<String> result = new LinkedHashSet<>();
        references.forEach(reference -> result.add(this.ids.id(reference)));
        return result;
    }
}
