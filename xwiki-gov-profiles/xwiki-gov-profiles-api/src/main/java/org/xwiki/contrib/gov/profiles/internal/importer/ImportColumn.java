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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of an HR import file, by header name.
 *
 * @version $Id$
 */
public enum ImportColumn
{
    /** The person's user id. */
    USER_ID("user_id", true),
    /** The person's name. */
    DISPLAY_NAME("display_name", true),
    /** The home agency: blank or the import's agency. */
    AGENCY("agency", false),
    /** The home unit, a unit of the agency. */
    UNIT("unit", false),
    /** The position title. */
    POSITION_TITLE("position_title", false),
    /** The classification or level. */
    CLASSIFICATION("classification", false),
    /** The manager's user id. */
    MANAGER_ID("manager_id", false),
    /** The security clearance, a level of the kernel's ladder; a blank cell leaves it as it is. */
    CLEARANCE("clearance", false);

    private static final String SEPARATOR = ",";

    private final String header;

    private final boolean required;

    ImportColumn(String header, boolean required)
    {
        this.header = header;
        this.required = required;
    }

    /**
     * @return the column's name in the header row
     */
    public String getHeader()
    {
        return this.header;
    }

    /**
     * @return whether every file must have the column
     */
    public boolean isRequired()
    {
        return this.required;
    }

    /**
     * @param header a header cell, trimmed, in any case
     * @return the column it names
     */
    public static Optional<ImportColumn> ofHeader(String header)
    {
        return Arrays.stream(values()).filter(column -> column.header.equalsIgnoreCase(header.strip())).findFirst();
    }

    /**
     * @param columns columns
     * @return their headers, comma-separated in the order of this enumeration, as an import stores them
     */
    public static String toHeaders(Set<ImportColumn> columns)
    {
        return columns.stream().sorted().map(ImportColumn::getHeader).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * @param headers headers as {@link #toHeaders} writes them
     * @return the columns they name
     */
    public static Set<ImportColumn> ofHeaders(String headers)
    {
        Set<ImportColumn> columns = EnumSet.noneOf(ImportColumn.class);
        for (String header : headers.split(SEPARATOR)) {
            ofHeader(header).ifPresent(columns::add);
        }
        return columns;
    }
}
