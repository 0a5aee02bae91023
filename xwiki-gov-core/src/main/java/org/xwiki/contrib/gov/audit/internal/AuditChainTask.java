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
