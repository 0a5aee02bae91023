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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.directory.WikiDirectory;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.contrib.gov.task.GovTask;

/**
 * Applies the HR imports not done yet, in the background: those just started, and those a stopped process left
 * half-applied (they go on from their last committed chunk). Each import is applied on behalf of the person who
 * started it. A round stops starting chunks after a few seconds, so that the other background tasks, which share
 * one thread, keep running during a long import.
 *
 * @version $Id$
 */
@Component
@Named("profiles-import")
@Singleton
public class ImportResumeTask implements GovTask
{
    /** How long one round keeps starting chunks. */
    static final Duration ROUND = Duration.ofSeconds(4);

    @Inject
    private GovStore store;

    @Inject
    private JdbcImportStore imports;

    @Inject
    private ImportRunner runner;

    @Inject
    private WikiDirectory directory;

    @Inject
    private Clock clock;

    @Inject
    private Logger logger;

    @Override
    public Duration getInterval()
    {
        return Duration.ofSeconds(1);
    }

    @Override
    public void run() throws GovException
    {
        Instant deadline = this.clock.instant().plus(ROUND);
        List<ImportState> unfinished = this.store.inTransaction(this.imports::unfinished);
        for (ImportState state : unfinished) {
            if (!this.clock.instant().isBefore(deadline)) {
                return;
            }
            try {
                if (!this.runner.applyUntil(starter(state), state.importId(), deadline)) {
                    this.logger.info("HR import {} of agency {} is complete", state.importId(), state.agencyKey());
                }
            } catch (GovException e) {
                // One import that cannot go on does not hold up the others; the next round retries it.
                this.logger.error("HR import {} of agency {} failed: {}", state.importId(), state.agencyKey(),
                    e.getMessage(), e);
            }
        }
    }

    private Actor starter(ImportState state)
    {
        if (Actor.SYSTEM_ID.equals(state.startedBy())) {
            return Actor.system();
        }
        return Actor.user(state.startedBy(), this.directory.getDisplayName(state.startedBy())
            .orElse(state.startedBy()), Locale.ENGLISH);
    }
}
