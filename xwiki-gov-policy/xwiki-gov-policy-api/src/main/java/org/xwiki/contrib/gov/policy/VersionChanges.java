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

/**
 * What changed in a guideline's text between two versions, or between its current version and its draft.
 *
 * @param sections the sections added, removed or changed, in reading order, in the language asked for
 * @param changedPercent the share of words added or removed, 0 to 100, in the language where it is the largest: a
 *     minor version's change beyond the configured share must be confirmed
 * @version $Id$
 * @since 1.0
 */
public record VersionChanges(List<SectionChange> sections, int changedPercent)
{
    /**
     * Copies the sections.
     */
    public VersionChanges
    {
        sections = List.copyOf(sections);
    }
}
