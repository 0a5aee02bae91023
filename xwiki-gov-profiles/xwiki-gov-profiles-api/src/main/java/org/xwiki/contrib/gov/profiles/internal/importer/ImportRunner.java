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
