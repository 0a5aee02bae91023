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
package org.xwiki.contrib.gov.task.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Disposable;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.contrib.gov.task.GovTaskScheduler;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.context.ExecutionContextException;
import org.xwiki.context.ExecutionContextManager;

/**
 * One daemon thread for all tasks: they are short, and running them one after the other keeps the database load of
 * the background work bounded. Each round runs in an execution context of its own, as XWiki's own background work
 * does, so that the host's components (inside XWiki: the XWiki context, its mail sender) work from the task's thread.
 *
 * @version $Id$
 */
@Component
@Singleton
public class DefaultGovTaskScheduler implements GovTaskScheduler, Disposable
{
    private static final long STOP_TIMEOUT_SECONDS = 30;

    @Inject
    private Provider<List<GovTask>> tasks;

    @Inject
    private ExecutionContextManager contextManager;

    @Inject
    private Execution execution;

    @Inject
    private Logger logger;

    private ScheduledExecutorService executor;

    @Override
    public synchronized void start()
    {
        if (this.executor != null) {
            return;
        }
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gov-tasks");
            thread.setDaemon(true);
            return thread;
        });
        for (GovTask task : this.tasks.get()) {
            long interval = task.getInterval().toMillis();
            this.executor.scheduleWithFixedDelay(() -> runSafely(task), interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    private void runSafely(GovTask task)
    {
        try {
            this.contextManager.initialize(new ExecutionContext());
            task.run();
        } catch (GovException | ExecutionContextException | RuntimeException e) {
            // The next round retries; a task that keeps failing keeps saying so.
            this.logger.error("Background task {} failed: {}", task.getClass().getSimpleName(), e.getMessage(), e);
        } finally {
            this.execution.removeContext();
        }
    }

    @Override
    public synchronized void dispose()
    {
        if (this.executor != null) {
            this.executor.shutdown();
            try {
                this.executor.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            this.executor = null;
        }
    }
}
