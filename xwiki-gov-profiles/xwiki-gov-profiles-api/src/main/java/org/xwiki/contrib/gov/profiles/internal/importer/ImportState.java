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

import java.util.Set;

/**
 * An import's stored settings and position.
 *
 * @param importId its number
 * @param agencyKey the agency imported
 * @param full whether people absent from the file are deactivated
 * @param columns the columns the file has: the others are left as they are
 * @param startedBy who started it
 * @param startedAt when, epoch milliseconds
 * @param phase {@code FIELDS}, {@code MANAGERS}, {@code DEACTIVATE} or {@code DONE}
 * @param positionLine the last line applied in the phase
 * @param positionUser the last user id looked at while deactivating
 * @param totalRows the data rows of the file
 * @param deactivated the people deactivated so far
 * @version $Id$
 */
public record ImportState(long importId, String agencyKey, boolean full, Set<ImportColumn> columns,
    String startedBy, long startedAt, String phase, long positionLine, String positionUser, int totalRows,
    int deactivated)
{
    /**
     * Copies the columns.
     */
    public ImportState
    {
        columns = Set.copyOf(columns);
    }

    /** The line a phase starts after: the file's header. */
    public static final long HEADER_LINE = 1;

    /**
     * @param nextPhase the phase the import is in
     * @param line the last line applied in it
     * @param user the last user id looked at while deactivating
     * @param deactivatedNow the people deactivated in this step
     * @return the import at that position
     */
    public ImportState at(String nextPhase, long line, String user, int deactivatedNow)
    {
        return new ImportState(this.importId, this.agencyKey, this.full, this.columns, this.startedBy,
            this.startedAt, nextPhase, line, user, this.totalRows, this.deactivated + deactivatedNow);
    }
}
