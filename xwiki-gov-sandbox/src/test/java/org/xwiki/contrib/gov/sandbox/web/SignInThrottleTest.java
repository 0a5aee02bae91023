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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

/**
 * The waits grow with each failure, per account and address, per address and per account; a success clears its pair;
 * nobody can keep an account closed to others for longer than 30 seconds; old failures are forgotten.
 *
 * @version $Id$
 */
@ComponentTest
class SignInThrottleTest
{
    private static final String GUESSER = "203.0.113.9";

    private static final String OWNER = "198.51.100.7";

    @InjectMockComponents
    private SignInThrottle throttle;

    @MockComponent
    private Clock clock;

    private Instant now = Instant.parse("2026-11-29T09:00:00Z");

    @BeforeEach
    void setUp()
    {
        when(this.clock.instant()).thenAnswer(call -> this.now);
    }

    @Test
    void threeFreeTriesThenDoublingWaitsForTheGuesser()
    {
        failures("alice", GUESSER, 3);
        assertEquals(Duration.ofSeconds(1), this.throttle.waitFor("alice", GUESSER));
        assertEquals(Duration.ZERO, this.throttle.waitFor("alice", OWNER), "the owner, from elsewhere");
        assertEquals(Duration.ofSeconds(1), this.throttle.lastRefusal(GUESSER), "what the sign-in form says");

        failures("alice", GUESSER, 1);
        assertEquals(Duration.ofSeconds(2), this.throttle.waitFor("alice", GUESSER));
        failures("alice", GUESSER, 1);
        assertEquals(Duration.ofSeconds(1), this.throttle.waitFor("alice", OWNER),
            "five failures: the account waits, whoever tries");
        failures("alice", GUESSER, 20);
        assertEquals(Duration.ofMinutes(15), this.throttle.waitFor("alice", GUESSER), "the guesser's cap");
        assertEquals(Duration.ofSeconds(30), this.throttle.waitFor("alice", OWNER), "the owner's cap");

        this.now = this.now.plus(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, this.throttle.waitFor("alice", GUESSER), "forgotten after 15 minutes");
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedToo()
    {
        for (int account = 0; account < 10; account++) {
            failures("user" + account, GUESSER, 1);
        }
        assertEquals(Duration.ofSeconds(1), this.throttle.waitFor("someone-else", GUESSER));
        assertEquals(Duration.ZERO, this.throttle.waitFor("someone-else", OWNER));
    }

    @Test
    void aSuccessClearsItsPairOnly()
    {
        failures("alice", GUESSER, 3);
        this.throttle.succeeded("alice", GUESSER);

        assertEquals(Duration.ZERO, this.throttle.waitFor("alice", GUESSER));
    }

    private void failures(String account, String address, int count)
    {
        for (int failure = 0; failure < count; failure++) {
            this.throttle.failed(account, address);
        }
    }
}
