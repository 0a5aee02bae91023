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
