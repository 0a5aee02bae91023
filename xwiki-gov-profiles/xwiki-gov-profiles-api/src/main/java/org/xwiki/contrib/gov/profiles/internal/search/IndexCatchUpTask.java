package org.xwiki.contrib.gov.profiles.internal.search;

import java.time.Duration;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Every second, applies to this process's profile index the changes other processes logged, and saves the index.
 *
 * @version $Id$
 */
@Component
@Named("profiles-index")
@Singleton
public class IndexCatchUpTask implements GovTask
{
    @Inject
    private ProfileIndex index;

    @Override
    public Duration getInterval()
    {
        return Duration.ofSeconds(1);
    }

    @Override
    public void run() throws GovException
    {
        this.index.catchUp();
        this.index.commit();
    }
}
