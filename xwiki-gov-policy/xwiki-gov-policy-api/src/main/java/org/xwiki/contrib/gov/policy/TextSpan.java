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
package org.xwiki.contrib.gov.policy;

import java.util.List;
import java.util.Objects;

/**
 * A run of words in one side of a comparison between two texts.
 *
 * @param text the words, with the spaces between them
 * @param kind whether they are in both texts, or only in the older or the newer one
 * @version $Id$
 * @since 1.0
 */
public record TextSpan(String text, Kind kind)
{
    /**
     * Where the words are.
     */
    public enum Kind
    {
        /** In both texts. */
        SAME,

        /** Only in the newer text. */
        ADDED,

        /** Only in the older text. */
        REMOVED
    }

    /**
     * Checks the fields.
     */
    public TextSpan
    {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * @return the text's lines, for a page to put a line break between them
     */
    public List<String> lines()
    {
        return List.of(this.text.split("\n", -1));
    }
}
