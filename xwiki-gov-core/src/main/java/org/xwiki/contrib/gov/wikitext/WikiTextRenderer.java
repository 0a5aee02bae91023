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

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;

/**
 * Renders text written in XWiki 2.1 syntax (headings, lists, tables, links, images, bold and italic) to XHTML that is
 * safe to put in a page, with XWiki's own parser and XHTML renderer. Nothing in the text runs: macros (scripting
 * ones and {@code {{html}}} included) are shown as their source text; no block keeps its parameters (no
 * {@code (% style onclick %)} attribute reaches the HTML); links keep only http(s) URLs and wiki pages, images only
 * http(s) URLs, anything else shows its label. Every text is escaped by the renderer.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface WikiTextRenderer
{
    /**
     * @param source the text in XWiki 2.1 syntax
     * @param links where links to wiki pages point
     * @return the XHTML, safe to write into a page as it is
     * @throws org.xwiki.contrib.gov.GovException when the text cannot be parsed
     */
    String toXhtml(String source, WikiPageLinks links) throws GovException;
}
