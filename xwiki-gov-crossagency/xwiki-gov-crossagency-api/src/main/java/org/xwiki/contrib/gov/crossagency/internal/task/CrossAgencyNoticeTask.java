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
package org.xwiki.contrib.gov.crossagency.internal.task;

import java.time.Duration;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.crossagency.internal.CrossAgencyConfiguration;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcNoticeStore;
import org.xwiki.contrib.gov.notification.Notification;
import org.xwiki.contrib.gov.notification.Notifier;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Sends the cross-agency mails queued by the changes ({@link SpaceNotices}): each is marked sent in the transaction
 * that sends it, so a restart or a second process sends it once, and one that cannot be sent waits for the next run.
 *
 * @version $Id$
 */
@Component
@Named("crossagency-notices")
@Singleton
public class CrossAgencyNoticeTask implements GovTask
{
    private static final int BATCH = 200;

    @Inject
    private GovStore store;

    @Inject
    private JdbcNoticeStore notices;

    @Inject
    private Notifier notifier;

    @Inject
    private CrossAgencyConfiguration configuration;

    @Inject
    private Logger logger;

    @Override
    public Duration getInterval()
    {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() throws GovException
    {
        ClaimedBatches.untilDone(() -> this.store.inTransaction(connection -> this.notices.unsent(connection, BATCH)),
            this::send, BATCH);
    }

    private boolean send(JdbcNoticeStore.Notice notice)
    {
        try {
            return this.store.inTransaction(connection -> {
                if (!this.notices.claim(connection, notice.id(), this.configuration.now())) {
                    return false;
                }
                this.notifier.send(new Notification(notice.recipient(), notice.mailKey() + ".subject",
                    notice.mailKey() + ".body", notice.parameters()));
                return true;
            });
        } catch (GovException e) {
            this.logger.warn("Cross-agency mail {} to {} not sent, tried again next run: {}", notice.id(),
                notice.recipient(), e.getMessage());
            return false;
        }
    }
}
