package org.xwiki.contrib.gov.task;

import org.xwiki.component.annotation.Role;

/**
 * Runs every {@link GovTask} at its interval, on one background thread, until the component manager is disposed. The
 * host starts it once the wiki is ready (the sandbox at start-up).
 *
 * @version $Id$
 */
@Role
public interface GovTaskScheduler
{
    /**
     * Starts running the tasks; does nothing when they already run.
     */
    void start();
}
