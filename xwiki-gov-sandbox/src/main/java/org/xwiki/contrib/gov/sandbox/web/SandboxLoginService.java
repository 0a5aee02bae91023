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

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.security.Credential;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.authorization.DeactivatedPeople;
import org.xwiki.contrib.gov.sandbox.users.JdbcSandboxUserStore;
import org.xwiki.contrib.gov.sandbox.users.PasswordHasher;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Checks sign-ins against the sandbox's user table, for Jetty's form authentication ({@code j_security_check}) and
 * HTTP Basic calls. Every sign-in goes through the {@link SignInThrottle} first; an unknown user name, and a person HR
 * deactivated, cost the same password hashing as a wrong password and fail like it, so that the time taken tells
 * nothing of which names exist.
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

    private final SignInThrottle throttle;

    private final List<DeactivatedPeople> deactivated;

    /** The hash of a password nobody knows, checked for unknown user names. */
    private final String unknownUserHash;

    /**
     * @param store the gov database
     * @param users the sandbox user table
     * @param throttle slows password guessing
     * @param deactivated who tells which people HR deactivated
     */
    public SandboxLoginService(GovStore store, JdbcSandboxUserStore users, SignInThrottle throttle,
        List<DeactivatedPeople> deactivated)
    {
        this.store = store;
        this.users = users;
        this.throttle = throttle;
        this.deactivated = List.copyOf(deactivated);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.unknownUserHash = this.hasher.hash(Base64.getEncoder().encodeToString(secret));
        setName("XWiki Gov sandbox");
    }

    @Override
    public UserIdentity login(String username, Object credentials, Request request,
        Function<Boolean, Session> getOrCreateSession)
    {
        String address = Request.getRemoteAddr(request);
        if (!this.throttle.waitFor(username, address).isZero()) {
            return null;
        }
        UserIdentity identity = super.login(username, credentials, request, getOrCreateSession);
        count(identity != null, username, address);
        return identity;
    }

    /**
     * Checks a user's password on its own, outside any session: for HTTP Basic calls, which must neither sign a session
     * in nor borrow one. Throttled as a sign-in is.
     *
     * @param username a user name
     * @param password a password
     * @param address the client's address
     * @return whether the user exists and the password is theirs
     */
    public boolean isPasswordCorrect(String username, String password, String address)
    {
        if (!this.throttle.waitFor(username, address).isZero()) {
            return false;
        }
        boolean correct = loadUserInfo(username).authenticate(password);
        count(correct, username, address);
        return correct;
    }

    private void count(boolean success, String username, String address)
    {
        if (success) {
            this.throttle.succeeded(username, address);
        } else {
            this.throttle.failed(username, address);
        }
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
            if (hash.isPresent() && isDeactivated(username)) {
                hash = Optional.empty();
            }
            // An unknown name gets a credential nobody knows, checked at the same cost as a real one.
            return new UserPrincipal(username,
                new PasswordCredential(this.hasher, hash.orElse(this.unknownUserHash)));
        } catch (GovException e) {
            throw new IllegalStateException("Cannot read the sandbox users", e);
        }
    }

    private boolean isDeactivated(String username) throws GovException
    {
        for (DeactivatedPeople people : this.deactivated) {
            if (people.isDeactivated(username)) {
                return true;
            }
        }
        return false;
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
