package org.xwiki.contrib.gov.task;

import java.time.Duration;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Work the gov modules do in the background, again and again (linking audit records, sending reminders). Each run
 * must be safe to repeat and to run in several processes sharing one database at once.
 *
 * @version $Id$
 */
@Role
public interface GovTask
{
    /**
     * @return how long to wait between the end of one run and the start of the next
     */
    Duration getInterval();

    /**
     * Does one round of the work.
     *
     * @throws GovException when the round fails; the next round runs anyway
     */
    void run() throws GovException;
}
