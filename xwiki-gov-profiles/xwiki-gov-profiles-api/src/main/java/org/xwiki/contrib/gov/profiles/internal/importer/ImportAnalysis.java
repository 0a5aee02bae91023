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

import java.util.List;
import java.util.Set;

import org.xwiki.contrib.gov.profiles.ImportProblem;

/**
 * A file read and checked: the rows to apply, the refused ones, and everyone it names.
 *
 * @param columns the columns the file has: the others are left as they are
 * @param accepted the rows that passed every check, in file order
 * @param rejected the refused rows with their reasons, by line
 * @param listed every user id the file names, refused rows included
 * @param rows the number of data rows
 * @version $Id$
 */
public record ImportAnalysis(Set<ImportColumn> columns, List<CheckedRow> accepted, List<ImportProblem> rejected, Set<String> listed, int rows)
{
}
