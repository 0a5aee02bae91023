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
package org.xwiki.contrib.gov.profiles.internal.search;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Disposable;
import org.xwiki.component.phase.Initializable;
import org.xwiki.component.phase.InitializationException;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.profiles.Profile;
import org.xwiki.contrib.gov.profiles.internal.JdbcEndorsementStore;
import org.xwiki.contrib.gov.profiles.internal.JdbcProfileChangeLog;
import org.xwiki.contrib.gov.profiles.internal.JdbcProfileChangeLog.Change;
import org.xwiki.contrib.gov.profiles.internal.JdbcProfileStore;
import org.xwiki.contrib.gov.store.GovStore;
import org.xwiki.environment.Environment;

/**
 * The Lucene index of the active profiles, on disk under the permanent directory. Rebuilt from the database when it
 * is missing or was written by another format; kept up to date by applying the profile change log, right after each
 * change in this process and every second for changes made by other processes sharing the database. The last change
 * applied is saved with each index commit, so a restart only catches up.
 *
 * @version $Id$
 */
@Component(roles = ProfileIndex.class)
@Singleton
public class ProfileIndex implements Initializable, Disposable
{
    /** The index format; a change to the documents bumps it, which rebuilds existing indexes. */
    static final String FORMAT = "1";

    private static final String FORMAT_KEY = "format";

    private static final String POSITION_KEY = "lastChange";

    private static final int BATCH = 2_000;

    private static final String FOLDER = "gov/index/profiles";

    @Inject
    private Environment environment;

    @Inject
    private GovStore store;

    @Inject
    private JdbcProfileStore profiles;

    @Inject
    private JdbcEndorsementStore endorsements;

    @Inject
    private JdbcProfileChangeLog changes;

    @Inject
    private Clock clock;

    @Inject
    private Logger logger;

    private final ProfileAnalyzer analyzer = new ProfileAnalyzer();

    private final ProfileDocuments documents = new ProfileDocuments(this.analyzer);

    private FSDirectory directory;

    private IndexWriter writer;

    private SearcherManager searchers;

    /** Set once the index is built or loaded; read without the lock by each search. */
    private volatile ChangeCursor cursor;

    /** Work on an index searcher. */
    @FunctionalInterface
    public interface SearchWork<T>
    {
        /**
         * @param searcher a searcher over the current index
         * @return the result
         * @throws IOException when the index cannot be read
         * @throws GovException when the work is refused
         */
        T run(IndexSearcher searcher) throws IOException, GovException;
    }

    @Override
    public void initialize() throws InitializationException
    {
        Path folder = this.environment.getPermanentDirectory().toPath().resolve(FOLDER);
        try {
            this.directory = FSDirectory.open(folder);
            try {
                this.writer = new IndexWriter(this.directory,
                    writerConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (IndexFormatTooNewException | IndexFormatTooOldException | CorruptIndexException e) {
                // Written by another Lucene version (releases before this one used 9.12, XWiki 17.10 ships 9.8), or
                // damaged: the index is a cache of the database, so it starts empty and is rebuilt from it.
                this.logger.warn("The profile index in {} cannot be read ({}): it is rebuilt", folder, e.getMessage());
                for (String file : this.directory.listAll()) {
                    this.directory.deleteFile(file);
                }
                this.writer = new IndexWriter(this.directory, writerConfig(IndexWriterConfig.OpenMode.CREATE));
            }
            this.searchers = new SearcherManager(this.writer, null);
        } catch (IOException e) {
            throw new InitializationException("Cannot open the profile index in " + folder, e);
        }
    }

    private IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode)
    {
        return new IndexWriterConfig(this.analyzer).setOpenMode(mode).setRAMBufferSizeMB(64);
    }

    @Override
    public void dispose()
    {
        try {
            synchronized (this) {
                commit();
            }
            this.searchers.close();
            this.writer.close();
            this.directory.close();
        } catch (IOException | GovException e) {
            this.logger.warn("The profile index did not close cleanly; it catches up at the next start", e);
        }
    }

    /**
     * @return the analyzer of the index, for the keywords
     */
    public ProfileAnalyzer getAnalyzer()
    {
        return this.analyzer;
    }

    /**
     * Runs work on a searcher that sees every change applied so far, building or catching up the index first.
     *
     * @param work the work
     * @param <T> its result
     * @return the result
     * @throws GovException when the index cannot be read or built
     */
    public <T> T search(SearchWork<T> work) throws GovException
    {
        if (this.cursor == null) {
            ensureReady();
        }
        try {
            IndexSearcher searcher = this.searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                this.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new GovException(e, "gov.profiles.error.index");
        }
    }

    /**
     * Applies the changes of the log not applied yet and makes them searchable.
     *
     * @return how many changes were applied
     * @throws GovException when the database or the index fails
     */
    public synchronized int catchUp() throws GovException
    {
        if (this.cursor == null) {
            ensureReady();
            return 0;
        }
        int applied = 0;
        try {
            List<Change> batch;
            do {
                batch = this.store.inTransaction(
                    connection -> this.cursor.next(connection, this.changes, BATCH, this.clock.millis()));
                Set<String> users = new LinkedHashSet<>();
                batch.forEach(change -> users.add(change.userId()));
                reindex(users);
                applied += batch.size();
            } while (batch.size() >= BATCH);
            if (applied > 0) {
                this.searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new GovException(e, "gov.profiles.error.index");
        }
        return applied;
    }

    /**
     * Saves the index and its position in the change log, when something changed.
     *
     * @throws GovException when the index cannot be written
     */
    public synchronized void commit() throws GovException
    {
        if (this.cursor == null || !this.writer.hasUncommittedChanges()) {
            return;
        }
        this.writer.setLiveCommitData(
            Map.of(FORMAT_KEY, FORMAT, POSITION_KEY, String.valueOf(this.cursor.durablePosition())).entrySet());
        try {
            this.writer.commit();
        } catch (IOException e) {
            throw new GovException(e, "gov.profiles.error.index");
        }
    }

    /**
     * Rebuilds the whole index from the database.
     *
     * @return how many active profiles were indexed
     * @throws GovException when the database or the index fails
     */
    public synchronized int rebuild() throws GovException
    {
        long start = System.nanoTime();
        long position = this.store.inTransaction(this.changes::lastChangeId);
        int indexed = 0;
        try {
            this.writer.deleteAll();
            String after = "";
            List<IndexedProfile> slice;
            do {
                String from = after;
                slice = this.store.inTransaction(connection -> readSlice(connection, from));
                for (IndexedProfile profile : slice) {
                    if (profile.profile().active()) {
                        this.writer.addDocument(this.documents.build(profile.profile(), profile.endorsements()));
                        indexed++;
                    }
                    after = profile.profile().userId();
                }
                if (!slice.isEmpty()) {
                    this.logger.debug("Profile index: {} profiles indexed", indexed);
                }
            } while (!slice.isEmpty());
            this.cursor = new ChangeCursor(position);
            commit();
            this.searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new GovException(e, "gov.profiles.error.index");
        }
        this.logger.info("Profile index rebuilt: {} active profiles in {} ms", indexed,
            (System.nanoTime() - start) / 1_000_000);
        return indexed;
    }

    private List<IndexedProfile> readSlice(Connection connection, String after) throws SQLException
    {
        List<Profile> slice = this.profiles.findAfter(connection, after, BATCH);
        if (slice.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Integer>> counts =
            this.endorsements.countsInRange(connection, after, slice.get(slice.size() - 1).userId());
        return slice.stream()
            .map(profile -> new IndexedProfile(profile, counts.getOrDefault(profile.userId(), Map.of()))).toList();
    }

    /** Reads the changed people together (an import changes thousands), then updates or removes each document. */
    private void reindex(Set<String> userIds) throws GovException, IOException
    {
        if (userIds.isEmpty()) {
            return;
        }
        Map<String, IndexedProfile> found = new HashMap<>();
        this.store.inTransaction(connection -> {
            Map<String, Map<String, Integer>> counts = this.endorsements.countsOf(connection, userIds);
            for (Profile profile : this.profiles.findAll(connection, userIds)) {
                found.put(profile.userId(), new IndexedProfile(profile,
                    counts.getOrDefault(profile.userId(), Map.of())));
            }
            return null;
        });
        for (String userId : userIds) {
            IndexedProfile profile = found.get(userId);
            Term id = new Term(IndexFields.ID, userId);
            if (profile != null && profile.profile().active()) {
                this.writer.updateDocument(id, this.documents.build(profile.profile(), profile.endorsements()));
            } else {
                this.writer.deleteDocuments(id);
            }
        }
    }

    private synchronized void ensureReady() throws GovException
    {
        if (this.cursor != null) {
            return;
        }
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        if (!FORMAT.equals(data.get(FORMAT_KEY)) || !data.containsKey(POSITION_KEY)) {
            this.logger.info("The profile index is missing or stale: rebuilding it from the database");
            rebuild();
        } else {
            this.cursor = new ChangeCursor(Long.parseLong(data.get(POSITION_KEY)));
            catchUp();
        }
    }

    /** A profile with the endorsement counts its document needs. */
    private record IndexedProfile(Profile profile, Map<String, Integer> endorsements)
    {
    }
}
