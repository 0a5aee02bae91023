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
package org.xwiki.contrib.gov.sandbox.users;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;

/**
 * The wiki directory of the sandbox: its own user and group tables. Groups hold users only (no nesting).
 *
 * @version $Id$
 */
@Component
@Singleton
public class SandboxDirectory implements WikiDirectory
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcSandboxUserStore users;

    @Inject
    private Logger logger;

    private Optional<SandboxUser> getUser(String login)
    {
        return query(connection -> this.users.find(connection, login), Optional.empty());
    }

    @Override
    public boolean userExists(String userId)
    {
        return getUser(userId).isPresent();
    }

    @Override
    public Optional<String> getDisplayName(String userId)
    {
        return getUser(userId).map(SandboxUser::displayName);
    }

    @Override
    public Optional<String> getEmail(String userId)
    {
        return getUser(userId).map(SandboxUser::email);
    }

    @Override
    public Optional<Locale> getLocale(String userId)
    {
        return getUser(userId).map(SandboxUser::locale);
    }

    @Override
    public boolean groupExists(String groupId)
    {
        return !getMembers(groupId).isEmpty();
    }

    @Override
    public Set<String> getGroups(String userId)
    {
        return query(connection -> this.users.findGroups(connection, userId), Set.of());
    }

    @Override
    public Set<String> getMembers(String groupId)
    {
        return query(connection -> this.users.findMembers(connection, groupId), Set.of());
    }

    private <T> T query(SqlWork<T> work, T whenFailed)
    {
        try {
            return this.store.inTransaction(work);
        } catch (GovException e) {
            // The interface has no failure: report it and answer as for an unknown user or group.
            this.logger.error("Cannot read the sandbox directory", e);
            return whenFailed;
        }
    }
}
