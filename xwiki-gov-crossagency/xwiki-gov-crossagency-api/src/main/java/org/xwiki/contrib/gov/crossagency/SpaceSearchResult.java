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
package org.xwiki.contrib.gov.crossagency;

import java.util.List;

/**
 * One page of the space directory.
 *
 * @param spaces the spaces of the page, by name in the reader's language
 * @param total how many spaces the reader may see match the query (the invisible ones never count)
 * @param offset where the page starts
 * @version $Id$
 * @since 1.0
 */
public record SpaceSearchResult(List<SpaceSummary> spaces, int total, int offset)
{
    /**
     * Copies the list.
     */
    public SpaceSearchResult
    {
        spaces = List.copyOf(spaces);
    }
}
