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
import java.time.Instant;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.profiles.internal.search.ProfileIndex;

/**
 * Applies an import chunk after chunk, bringing the search index up to date after each, so that the people a chunk
 * changed are found as they now are before the next chunk starts.
 *
 * @version $Id$
 */
@Component(roles = ImportRunner.class)
@Singleton
public class ImportRunner
{
    @Inject
    private ImportApplier applier;

    @Inject
    private ProfileIndex index;

    @Inject
    private Clock clock;

    /**
     * Applies at least one chunk, then more until the import is done or the deadline has passed.
     *
     * @param actor who applies it, for the rights of moving people and the audit log
     * @param importId the import
     * @param deadline when to stop starting new chunks
     * @return whether chunks remain
     * @throws GovException when the import does not exist or the database fails; the import then stands after its
     *     last complete chunk
     */
    public boolean applyUntil(Actor actor, long importId, Instant deadline) throws GovException
    {
        boolean remaining;
        do {
            remaining = this.applier.applyNextChunk(actor, importId);
            this.index.catchUp();
        } while (remaining && this.clock.instant().isBefore(deadline));
        return remaining;
    }
}
