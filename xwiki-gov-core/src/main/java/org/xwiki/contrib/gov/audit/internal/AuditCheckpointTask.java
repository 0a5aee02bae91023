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
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Signs a checkpoint of the audit chain every {@code gov.audit.checkpointMinutes} (5 by default) when records were
 * added since the last one: the records written since the last checkpoint are the ones verification can only check
 * against the chain itself. Then asks the time-stamping authority, when one is configured, to stamp the checkpoints
 * it has not stamped yet ({@link AuditTimestamps}).
 *
 * @version $Id$
 */
@Component
@Named("audit-checkpoint")
@Singleton
public class AuditCheckpointTask implements GovTask
{
    private static final int DEFAULT_MINUTES = 5;

    @Inject
    private AuditCheckpoints checkpoints;

    @Inject
    private AuditTimestamps timestamps;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Override
    public Duration getInterval()
    {
        return Duration.ofMinutes(Math.max(1, this.configuration.getProperty("gov.audit.checkpointMinutes",
            DEFAULT_MINUTES)));
    }

    @Override
    public void run() throws GovException
    {
        this.checkpoints.write();
        this.timestamps.stampMissing(this.checkpoints.read());
    }
}
