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

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.authorization.DeactivatedPeople;
import org.xwiki.contrib.gov.sandbox.users.JdbcSandboxUserStore;
import org.xwiki.contrib.gov.sandbox.users.PasswordHasher;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.store.SqlWork;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * An unknown user name is checked like a wrong password, hash included, so that timing tells nothing; a sign-in
 * within its wait is refused without the password being checked; each outcome is counted.
 *
 * @version $Id$
 */
class SandboxLoginServiceTest
{
    private final GovStore store = mock(GovStore.class);

    private final JdbcSandboxUserStore users = mock(JdbcSandboxUserStore.class);

    private final SignInThrottle throttle = mock(SignInThrottle.class);

    private final DeactivatedPeople deactivated = mock(DeactivatedPeople.class);

    private SandboxLoginService logins;

    @BeforeEach
    void setUp() throws Exception
    {
        when(this.store.inTransaction(any())).thenAnswer(call -> call.<SqlWork<?>>getArgument(0).run(null));
        when(this.users.findPasswordHash(any(), anyString())).thenReturn(Optional.empty());
        when(this.users.findPasswordHash(any(), eq("alice")))
            .thenReturn(Optional.of(new PasswordHasher().hash("demo")));
        when(this.throttle.waitFor(anyString(), anyString())).thenReturn(Duration.ZERO);
        this.logins = new SandboxLoginService(this.store, this.users, this.throttle, List.of(this.deactivated));
    }

    @Test
    void anUnknownNameIsAWrongPasswordAtTheSameCost()
    {
        // A principal with a credential nobody knows: checking it runs the same password hashing as a real one.
        assertFalse(this.logins.isPasswordCorrect("nobody", "demo", "192.0.2.1"));
        assertFalse(this.logins.isPasswordCorrect("alice", "wrong", "192.0.2.1"));
        assertTrue(this.logins.isPasswordCorrect("alice", "demo", "192.0.2.1"));

        verify(this.throttle).failed("nobody", "192.0.2.1");
        verify(this.throttle).failed("alice", "192.0.2.1");
        verify(this.throttle).succeeded("alice", "192.0.2.1");
    }

    @Test
    void aPersonHrDeactivatedCannotSignIn() throws Exception
    {
        when(this.deactivated.isDeactivated("alice")).thenReturn(true);

        assertFalse(this.logins.isPasswordCorrect("alice", "demo", "192.0.2.1"), "her right password");
        verify(this.throttle).failed("alice", "192.0.2.1");
    }

    @Test
    void aSignInWithinItsWaitIsRefusedUnchecked() throws Exception
    {
        when(this.throttle.waitFor("alice", "192.0.2.1")).thenReturn(Duration.ofSeconds(4));

        assertFalse(this.logins.isPasswordCorrect("alice", "demo", "192.0.2.1"));

        verify(this.users, never()).findPasswordHash(any(), eq("alice"));
        verify(this.throttle, never()).succeeded(anyString(), anyString());
    }
}
