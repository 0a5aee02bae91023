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
package org.xwiki.contrib.gov.profiles.internal.importer;

import java.util.EnumMap;
import java.util.Map;

/**
 * A data row of an HR import file, as read: each column's text, trimmed.
 *
 * @param line the row's line number (the header is line 1)
 * @param values the text of each column the file has
 * @version $Id$
 */
public record ImportRow(long line, Map<ImportColumn, String> values)
{
    /**
     * Copies the values.
     */
    public ImportRow
    {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    /**
     * @param column a column
     * @return its text, empty when blank or absent from the file (see {@link ImportTarget} for the difference)
     */
    public String get(ImportColumn column)
    {
        return this.values.getOrDefault(column, "");
    }
}
