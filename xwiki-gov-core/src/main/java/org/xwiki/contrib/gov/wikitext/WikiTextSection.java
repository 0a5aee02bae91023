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
package org.xwiki.contrib.gov.wikitext;

import java.util.Objects;

/**
 * A section of a text in XWiki 2.1 syntax: a heading and what follows it up to the next heading, sub-sections apart.
 *
 * @param level the heading's level, 1 to 6; 0 for the text before the first heading
 * @param heading the heading as plain text; empty for the text before the first heading
 * @param source the section's content without its sub-sections, as XWiki's renderer writes it back in XWiki 2.1
 *     syntax: two sections whose sources are equal say the same thing
 * @param text the same content as plain text, one line per paragraph, list item or table row, for people comparing
 *     two versions
 * @version $Id$
 * @since 1.0
 */
public record WikiTextSection(int level, String heading, String source, String text)
{
    /**
     * Checks the fields.
     */
    public WikiTextSection
    {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
