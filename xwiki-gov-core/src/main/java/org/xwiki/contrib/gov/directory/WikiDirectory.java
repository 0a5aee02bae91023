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
