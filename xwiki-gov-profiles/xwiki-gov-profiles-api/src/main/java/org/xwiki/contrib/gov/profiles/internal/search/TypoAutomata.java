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

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.inject.Singleton;

import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.xwiki.component.annotation.Component;

/**
 * The typo automata of the words searched lately, shared by every search: a directory's searches repeat a few words
 * (its skills, its people's names), and building a word's automata was a tenth of a search's time once each search
 * built them only once. The automata depend on the word alone, never on the index, so they never go stale; the least
 * recently used go first once they hold more than {@value #MAX_BYTES} bytes.
 *
 * @version $Id$
 */
@Component(roles = TypoAutomata.class)
@Singleton
public class TypoAutomata
{
    /** The most memory the automata kept may take. */
    static final long MAX_BYTES = 8L << 20;

    /** A typo keeps the word's first letter. */
    private static final int PREFIX = 1;

    private final long maxBytes;

    private final Map<String, CompiledAutomaton[]> recent = new LinkedHashMap<>(16, 0.75f, true);

    private long bytes;

    /**
     * Keeps at most {@link #MAX_BYTES}.
     */
    public TypoAutomata()
    {
        this(MAX_BYTES);
    }

    TypoAutomata(long maxBytes)
    {
        this.maxBytes = maxBytes;
    }

    /**
     * @param word a word, analyzed
     * @param maxEdits at most how many edits, 1 or 2
     * @return the automata of the terms within 1 to {@code maxEdits} edits of the word, by number of edits
     */
    public CompiledAutomaton[] of(String word, int maxEdits)
    {
        String key = maxEdits + word;
        synchronized (this) {
            CompiledAutomaton[] kept = this.recent.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Built outside the lock: another search's words wait for no one. Two searches of a new word may both build
        // it, and the second replaces the first.
        CompiledAutomaton[] built = new CompiledAutomaton[maxEdits];
        long size = 0;
        for (int edits = 1; edits <= maxEdits; edits++) {
            built[edits - 1] = FuzzyQuery.getFuzzyAutomaton(word, edits, PREFIX, true);
            size += built[edits - 1].ramBytesUsed();
        }
        synchronized (this) {
            CompiledAutomaton[] replaced = this.recent.put(key, built);
            this.bytes += size - (replaced == null ? 0 : sizeOf(replaced));
            Iterator<CompiledAutomaton[]> eldest = this.recent.values().iterator();
            while (this.bytes > this.maxBytes && eldest.hasNext()) {
                this.bytes -= sizeOf(eldest.next());
                eldest.remove();
            }
        }
        return built;
    }

    /**
     * @return how many words' automata are kept
     */
    synchronized int size()
    {
        return this.recent.size();
    }

    private static long sizeOf(CompiledAutomaton[] automata)
    {
        long size = 0;
        for (CompiledAutomaton automaton : automata) {
            size += automaton.ramBytesUsed();
        }
        return size;
    }
}
