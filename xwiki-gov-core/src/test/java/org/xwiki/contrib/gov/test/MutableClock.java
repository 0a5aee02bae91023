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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests set and move forward. Shared by every thread that reads it.
 *
 * @version $Id$
 */
public final class MutableClock extends Clock
{
    private final AtomicReference<Instant> now;

    /**
     * @param start the initial time
     */
    public MutableClock(Instant start)
    {
        this.now = new AtomicReference<>(start);
    }

    /**
     * @param duration how far to move the clock forward
     */
    public void advance(Duration duration)
    {
        this.now.updateAndGet(instant -> instant.plus(duration));
    }

    /**
     * @param instant the new time
     */
    public void set(Instant instant)
    {
        this.now.set(instant);
    }

    @Override
    public ZoneId getZone()
    {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant()
    {
        return this.now.get();
    }
}
