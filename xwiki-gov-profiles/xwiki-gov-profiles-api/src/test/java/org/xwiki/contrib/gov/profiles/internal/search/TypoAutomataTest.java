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

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recent words' typo automata: one edit distance each, kept per word and number of edits, the least recently used
 * dropped past the memory allowed.
 *
 * @version $Id$
 */
class TypoAutomataTest
{
    @Test
    void eachEditDistanceAcceptsTheTermsWithinIt()
    {
        CompiledAutomaton[] automata = new TypoAutomata().of("statistics", 2);

        assertEquals(2, automata.length);
        assertTrue(accepts(automata[0], "statistcs"), "one deletion");
        assertFalse(accepts(automata[0], "sattistcs"), "a swap and a deletion are two edits");
        assertTrue(accepts(automata[1], "sattistcs"));
        assertFalse(accepts(automata[1], "tatistics"), "the first letter is kept");
    }

    @Test
    void aWordSearchedAgainReusesItsAutomata()
    {
        TypoAutomata automata = new TypoAutomata();

        CompiledAutomaton[] first = automata.of("python", 1);

        assertSame(first, automata.of("python", 1));
        assertNotSame(first, automata.of("python", 2), "another number of edits is another automaton");
        assertEquals(2, automata.size());
    }

    @Test
    void theLeastRecentlyUsedGoFirstPastTheMemoryAllowed()
    {
        long oneWord = new TypoAutomata().of("procurement", 2)[1].ramBytesUsed();
        TypoAutomata automata = new TypoAutomata(oneWord * 5 / 2);
        CompiledAutomaton[] kept = automata.of("procurement", 2);
        CompiledAutomaton[] dropped = automata.of("negotiation", 2);

        automata.of("procurement", 2);
        automata.of("kubernetes", 2);

        assertEquals(2, automata.size());
        assertSame(kept, automata.of("procurement", 2), "used last, so kept");
        assertNotSame(dropped, automata.of("negotiation", 2), "built again");
    }

    private static boolean accepts(CompiledAutomaton automaton, String term)
    {
        BytesRef bytes = new BytesRef(term);
        return automaton.runAutomaton.run(bytes.bytes, bytes.offset, bytes.length);
    }
}
