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
package org.xwiki.contrib.gov.crossagency.internal;

import java.time.Clock;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.crossagency.internal.store.JdbcActivityStore;
import org.xwiki.contrib.gov.store.GovStore;

/**
 * Adds a change to its space's activity, in the transaction of the change (beside its audit record).
 *
 * @version $Id$
 */
@Component(roles = SpaceActivityRecorder.class)
@Singleton
public class SpaceActivityRecorder
{
    @Inject
    private GovStore store;

    @Inject
    private JdbcActivityStore activity;

    @Inject
    private Clock clock;

    /**
     * @param actor who did it
     * @param eventType the audit event type
     * @param key the space
     * @param subjectId the member it is about; empty for the space itself
     * @throws GovException when the store fails
     */
    public void record(Actor actor, String eventType, String key, Optional<String> subjectId) throws GovException
    {
        this.store.inTransaction(connection -> {
            this.activity.insert(connection, key, this.clock.instant(), eventType, actor.userId(), subjectId);
            return null;
        });
    }
}
