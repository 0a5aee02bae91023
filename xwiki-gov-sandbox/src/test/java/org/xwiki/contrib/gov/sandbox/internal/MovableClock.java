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
package org.xwiki.contrib.gov.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

/**
 * The sandbox's clock in the tests: the system's until a test moves it forward, so that a journey can reach a
 * guest's end date. Registered with a higher priority than the kernel's system clock, one per sandbox.
 *
 * @version $Id$
 */
@Component(roles = Clock.class)
@Singleton
public class MovableClock extends Clock
{
    private volatile Duration offset = Duration.ZERO;

    /**
     * @param duration how far to move the clock forward
     */
    public void moveForward(Duration duration)
    {
        this.offset = this.offset.plus(duration);
    }

    @Override
    public ZoneId getZone()
    {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        return Clock.offset(Clock.system(zone), this.offset);
    }

    @Override
    public Instant instant()
    {
        return Instant.now().plus(this.offset);
    }
}
