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
 * A section of a guideline that differs between two versions.
 *
 * @param level the section heading's level, 0 for the text before the first heading
 * @param heading the section's heading as plain text, empty before the first heading
 * @param kind whether the section was added, removed or changed
 * @param before the older text, its removed words marked; empty for an added section
 * @param after the newer text, its added words marked; empty for a removed section
 * @version $Id$
 * @since 1.0
 */
public record SectionChange(int level, String heading, Kind kind, List<TextSpan> before, List<TextSpan> after)
{
    /**
     * How a section differs.
     */
    public enum Kind
    {
        /** Only in the newer version. */
        ADDED,

        /** Only in the older version. */
        REMOVED,

        /** In both, with a different text. */
        CHANGED
    }

    /**
     * Checks and copies the fields.
     */
    public SectionChange
    {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
