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
package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Objects;

/**
 * What an HR import would do to one person its file names: create their profile or change some of its values.
 *
 * @param line the row's line number in the file (the header is line 1)
 * @param userId the person
 * @param creates whether the person gets a profile (then {@code fields} lists every value the row sets)
 * @param fields each value that changes, in the order of {@link ImportedField}
 * @version $Id$
 * @since 1.0
 */
public record ImportRowChange(long line, String userId, boolean creates, List<ImportFieldChange> fields)
{
    /**
     * Checks and copies the fields.
     */
    public ImportRowChange
    {
        Objects.requireNonNull(userId, "userId");
        fields = List.copyOf(fields);
    }
}
