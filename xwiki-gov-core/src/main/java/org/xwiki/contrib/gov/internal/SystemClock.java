package org.xwiki.contrib.gov.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;

/**
 * The {@link Clock} the gov components inject: the system's, in UTC. Tests register a fixed or moving clock instead.
 *
 * @version $Id$
 */
@Component(roles = Clock.class)
@Singleton
public class SystemClock extends Clock
{
    private final Clock system = Clock.systemUTC();

    @Override
    public ZoneId getZone()
    {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone)
    {
        return this.system.withZone(zone);
    }

    @Override
    public Instant instant()
    {
        return this.system.instant();
    }
}
