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
package org.xwiki.contrib.gov.sandbox.web;

import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.util.security.Credential;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.sandbox.users.JdbcSandboxUserStore;
import org.xwiki.contrib.gov.sandbox.users.PasswordHasher;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Checks sign-ins against the sandbox's user table, for Jetty's form authentication ({@code j_security_check}).
 *
 * @version $Id$
 */
public class SandboxLoginService extends AbstractLoginService
{
    /** The one role every signed-in user has, in Jetty's terms. */
    public static final String EMPLOYEE = "employee";

    private final GovStore store;

    private final JdbcSandboxUserStore users;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * @param store the gov database
     * @param users the sandbox user table
     */
    public SandboxLoginService(GovStore store, JdbcSandboxUserStore users)
    {
        this.store = store;
        this.users = users;
        setName("XWiki Gov sandbox");
    }

    /**
     * Checks a user's password on its own, outside any session: for HTTP Basic calls, which must neither sign a session
     * in nor borrow one.
     *
     * @param username a user name
     * @param password a password
     * @return whether the user exists and the password is theirs
     */
    public boolean isPasswordCorrect(String username, String password)
    {
        UserPrincipal user = loadUserInfo(username);
        return user != null && user.authenticate(password);
    }

    @Override
    protected List<RolePrincipal> loadRoleInfo(UserPrincipal user)
    {
        return List.of(new RolePrincipal(EMPLOYEE));
    }

    @Override
    protected UserPrincipal loadUserInfo(String username)
    {
        try {
            Optional<String> hash = this.store.inTransaction(connection -> this.users.findPasswordHash(connection,
                username));
            return hash.map(stored -> new UserPrincipal(username, new PasswordCredential(this.hasher, stored)))
                .orElse(null);
        } catch (GovException e) {
            throw new IllegalStateException("Cannot read the sandbox users", e);
        }
    }

    /**
     * A stored password hash, as Jetty checks credentials.
     */
    private static final class PasswordCredential extends Credential
    {
        private static final long serialVersionUID = 1L;

        private final transient PasswordHasher hasher;

        private final String stored;

        PasswordCredential(PasswordHasher hasher, String stored)
        {
            this.hasher = hasher;
            this.stored = stored;
        }

        @Override
        public boolean check(Object credentials)
        {
            String password = credentials instanceof char[] chars ? new String(chars) : String.valueOf(credentials);
            return credentials != null && this.hasher.matches(password, this.stored);
        }
    }
}
