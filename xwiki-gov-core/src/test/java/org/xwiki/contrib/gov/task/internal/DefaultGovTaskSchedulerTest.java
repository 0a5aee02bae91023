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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.inject.Provider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xwiki.context.Execution;
import org.xwiki.context.ExecutionContext;
import org.xwiki.context.ExecutionContextManager;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.task.GovTask;
import org.xwiki.test.LogLevel;
import org.xwiki.test.junit5.LogCaptureExtension;
import org.xwiki.test.junit5.mockito.ComponentTest;
import org.xwiki.test.junit5.mockito.InjectMockComponents;
import org.xwiki.test.junit5.mockito.MockComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The background tasks: each runs again after its interval, a failing round is logged and the next still runs, and
 * starting twice schedules nothing twice.
 *
 * @version $Id$
 */
@ComponentTest
class DefaultGovTaskSchedulerTest
{
    @RegisterExtension
    private LogCaptureExtension logs = new LogCaptureExtension(LogLevel.ERROR);

    @InjectMockComponents
    private DefaultGovTaskScheduler scheduler;

    @MockComponent
    private Provider<List<GovTask>> tasks;

    @MockComponent
    private ExecutionContextManager contextManager;

    @MockComponent
    private Execution execution;

    @AfterEach
    void stop()
    {
        this.scheduler.dispose();
    }

    @Test
    void aFailingRoundIsLoggedAndTheNextRuns() throws Exception
    {
        CountingTask task = new CountingTask(3);
        when(this.tasks.get()).thenReturn(List.of(task));

        this.scheduler.start();
        this.scheduler.start();

        assertTrue(task.rounds.await(10, TimeUnit.SECONDS),
            "three rounds, the first failing, each in an execution context");
        this.scheduler.dispose();
        assertTrue(this.logs.getMessage(0).startsWith("Background task CountingTask failed: test.failed"),
            this.logs.getMessage(0));
        assertEquals(1, this.logs.size(), "the later rounds succeed");
        verify(this.tasks).get();
        verify(this.contextManager, atLeast(3)).initialize(any(ExecutionContext.class));
        verify(this.execution, atLeast(3)).removeContext();
    }

    /** Fails its first round, then counts down. */
    private static final class CountingTask implements GovTask
    {
        private final CountDownLatch rounds;

        private boolean failed;

        CountingTask(int rounds)
        {
            this.rounds = new CountDownLatch(rounds);
        }

        @Override
        public Duration getInterval()
        {
            return Duration.ofMillis(10);
        }

        @Override
        public void run() throws GovException
        {
            this.rounds.countDown();
            if (!this.failed) {
                this.failed = true;
                throw new GovException("test.failed");
            }
        }
    }
}
