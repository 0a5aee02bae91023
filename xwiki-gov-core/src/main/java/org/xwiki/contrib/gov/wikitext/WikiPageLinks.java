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

import java.util.Optional;

/**
 * Where a link to a wiki page points in the host that shows the text: the sandbox's page of a space, or an XWiki
 * document's URL.
 *
 * @version $Id$
 * @since 1.0
 */
@FunctionalInterface
public interface WikiPageLinks
{
    /** Links to wiki pages lead nowhere: their label is shown as text. */
    WikiPageLinks NONE = reference -> Optional.empty();

    /**
     * @param pageReference the page named by the link, as written ({@code Page}, {@code Space.Page})
     * @return the URL to open it, or empty when the host has no such page to show (the label is then plain text)
     */
    Optional<String> urlOf(String pageReference);
}
