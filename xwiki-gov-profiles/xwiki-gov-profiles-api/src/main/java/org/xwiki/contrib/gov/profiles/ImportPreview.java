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

/**
 * What an HR import would do, computed without writing anything (a dry run).
 *
 * @param rows the data rows read
 * @param toCreate the people who would get a profile
 * @param toUpdate the people whose HR fields or unit would change
 * @param unchanged the people already as the file says
 * @param toDeactivate for a full import, the active people of the agency absent from the file
 * @param rejected every refused row with its reason, in file order
 * @param changes each person who would be created or updated, with every value that would change, in file order;
 *     a column the file does not have changes nothing
 * @version $Id$
 * @since 1.0
 */
public record ImportPreview(int rows, int toCreate, int toUpdate, int unchanged, int toDeactivate,
    List<ImportProblem> rejected, List<ImportRowChange> changes)
{
    /**
     * Copies the lists.
     */
    public ImportPreview
    {
        rejected = List.copyOf(rejected);
        changes = List.copyOf(changes);
    }
}
