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

/**
 * The formats of the assignment exports.
 *
 * @version $Id$
 * @since 1.0
 */
public enum ExportFormat
{
    /** Comma-separated values, UTF-8 with a byte-order mark so that spreadsheets read the accents. */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** An Excel workbook (Office Open XML). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;

    private final String extension;

    ExportFormat(String mediaType, String extension)
    {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * @return the media type of the file
     */
    public String getMediaType()
    {
        return this.mediaType;
    }

    /**
     * @return the file name extension
     */
    public String getExtension()
    {
        return this.extension;
    }
}
