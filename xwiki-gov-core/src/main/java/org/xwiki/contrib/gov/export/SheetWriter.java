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
package org.xwiki.contrib.gov.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row to a stream, holding no more than a row in memory.
 *
 * @version $Id$
 * @since 1.0
 */
public interface SheetWriter extends AutoCloseable
{
    /**
     * @param cells the row's cells; text that a spreadsheet would run as a formula is made inert
     * @throws IOException when writing fails
     */
    void writeRow(List<String> cells) throws IOException;

    /**
     * Completes the file (the stream itself stays open).
     *
     * @throws IOException when writing fails
     */
    @Override
    void close() throws IOException;

    /**
     * @param value a cell's text
     * @return the text, with a leading apostrophe when it starts like a formula ({@code = + - @}, tab, carriage return)
     */
    static String inert(String value)
    {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? '\'' + value : value;
    }
}
