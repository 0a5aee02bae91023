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
