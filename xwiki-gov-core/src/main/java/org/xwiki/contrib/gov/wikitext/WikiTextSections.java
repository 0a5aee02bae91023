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

import java.util.List;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Splits a text in XWiki 2.1 syntax into its sections by heading, with XWiki's own parser, so that two versions of a
 * text can be compared section by section and two translations checked for the same structure. Nothing in the text
 * runs: a macro counts as its source text, as {@link WikiTextRenderer} shows it.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface WikiTextSections
{
    /**
     * @param source the text in XWiki 2.1 syntax
     * @return its sections in reading order, a heading's sub-sections after it; the text before the first heading,
     *     when there is some, first at level 0
     * @throws GovException when the text cannot be parsed
     */
    List<WikiTextSection> split(String source) throws GovException;
}
