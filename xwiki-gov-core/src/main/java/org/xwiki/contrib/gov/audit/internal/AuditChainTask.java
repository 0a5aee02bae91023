package org.xwiki.contrib.gov.audit.internal;

import java.time.Duration;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Links the waiting audit records into the chain every second, in batches, until none waits.
 *
 * @version $Id$
 */
@Component
@Named("audit-chain")
@Singleton
public class AuditChainTask implements GovTask
{
    /** The largest number of records linked in one transaction. */
    public static final int BATCH = 1000;

    @Inject
    private AuditLog auditLog;

    @Override
    public Duration getInterval()
    {
        return Duration.ofSeconds(1);
    }

    @Override
    public void run() throws GovException
    {
        while (this.auditLog.chainPending(BATCH) == BATCH) {
            // Another full batch may be waiting.
        }
    }
}
