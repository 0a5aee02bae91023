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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

/**
 * Slows password guessing with delays that grow with each failed sign-in, counted three ways: per account and client
 * address (the guesser: 3 free tries, then 1, 2, 4… seconds up to 15 minutes), per client address whatever the
 * account (one address trying many accounts: 10 free tries, the same growth and cap), and per account whatever the
 * address (guessers spread over many addresses: 5 free tries, capped at 30 seconds, so that nobody can keep a real
 * person out for longer than that). A sign-in within the wait is refused without its password being checked. A success
 * clears its account and address pair; failures older than 15 minutes are forgotten. Kept in memory: a restart forgets
 * them.
 *
 * @version $Id$
 */
@Component(roles = SignInThrottle.class)
@Singleton
public class SignInThrottle
{
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private static final Rule PAIR = new Rule(3, FORGET_AFTER);

    private static final Rule ADDRESS = new Rule(10, FORGET_AFTER);

    private static final Rule ACCOUNT = new Rule(5, Duration.ofSeconds(30));

    @Inject
    private Clock clock;

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();

    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

    private final Map<String, Instant> refusals = new ConcurrentHashMap<>();

    /**
     * @param account the user name tried
     * @param address the client's address
     * @return how long the client must still wait before trying this account, zero when it may try now (a wait is
     *     remembered for the address, for {@link #lastRefusal})
     */
    public Duration waitFor(String account, String address)
    {
        Instant now = this.clock.instant();
        Duration wait = PAIR.waitFor(this.pairs.get(pair(account, address)), now);
        wait = max(wait, ADDRESS.waitFor(this.addresses.get(address), now));
        wait = max(wait, ACCOUNT.waitFor(this.accounts.get(account), now));
        if (!wait.isZero()) {
            this.refusals.put(address, now.plus(wait));
        }
        return wait;
    }

    /**
     * @param address the client's address
     * @return how much longer the client must wait after its last sign-in refused for being too soon, zero if none
     *     (the sign-in form says so: the refusal itself redirects without the user name)
     */
    public Duration lastRefusal(String address)
    {
        Instant until = this.refusals.get(address);
        Duration wait = until == null ? Duration.ZERO : Duration.between(this.clock.instant(), until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /**
     * Counts a failed sign-in.
     *
     * @param account the user name tried
     * @param address the client's address
     */
    public void failed(String account, String address)
    {
        Instant now = this.clock.instant();
        this.pairs.compute(pair(account, address), (key, failures) -> Failures.after(failures, now));
        this.addresses.compute(address, (key, failures) -> Failures.after(failures, now));
        this.accounts.compute(account, (key, failures) -> Failures.after(failures, now));
        forgetOld(now);
    }

    /**
     * Clears the failures of an account from an address once its password was given.
     *
     * @param account the user name
     * @param address the client's address
     */
    public void succeeded(String account, String address)
    {
        this.pairs.remove(pair(account, address));
    }

    private void forgetOld(Instant now)
    {
        for (Map<String, Failures> failures : List.of(this.pairs, this.addresses, this.accounts)) {
            failures.values().removeIf(counted -> counted.last().plus(FORGET_AFTER).isBefore(now));
        }
        this.refusals.values().removeIf(until -> until.isBefore(now));
    }

    private static String pair(String account, String address)
    {
        return account + '\n' + address;
    }

    private static Duration max(Duration one, Duration other)
    {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** Consecutive failures and the time of the last one. */
    private record Failures(int count, Instant last)
    {
        static Failures after(Failures before, Instant now)
        {
            return new Failures(before == null || before.last().plus(FORGET_AFTER).isBefore(now) ? 1
                : before.count() + 1, now);
        }
    }

    /** How many failures are free, and the longest wait after the last one. */
    private record Rule(int free, Duration cap)
    {
        Duration waitFor(Failures failures, Instant now)
        {
            if (failures == null || failures.count() < this.free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures.count() - this.free, 20);
            Duration delay = Duration.ofSeconds(1L << doublings);
            Duration wait = Duration.between(now, failures.last().plus(delay.compareTo(this.cap) > 0 ? this.cap
                : delay));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }
}
