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

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * HR's figures on the current major version of a guideline, limited to what the reader may see: government
 * administrators see every agency; HR officers see their own agency.
 *
 * @version $Id$
 * @since 1.0
 */
@Role
public interface ComplianceService
{
    /**
     * @param actor who reads
     * @param key the guideline
     * @param agencyKey an agency to see by unit; empty to see by agency
     * @return the counts
     * @throws GovException when the guideline is unknown or unpublished, or the actor may see none of it
     */
    ComplianceReport getReport(Actor actor, String key, Optional<String> agencyKey) throws GovException;

    /**
     * @param actor who reads
     * @param key the guideline
     * @return acknowledgements by day since publication
     * @throws GovException as {@link #getReport}
     */
    List<TrendPoint> getTrend(Actor actor, String key) throws GovException;

    /**
     * @param actor who reads
     * @param key the guideline
     * @param agencyKey one agency, or empty for all the actor may see
     * @param offset how many entries to skip
     * @param limit the largest number of entries
     * @return the people late, most overdue first
     * @throws GovException as {@link #getReport}
     */
    List<OverdueEntry> getOverdue(Actor actor, String key, Optional<String> agencyKey, int offset, int limit)
        throws GovException;

    /**
     * Writes every assignment of the current major version the actor may see, streaming: memory does not grow with
     * the number of rows.
     *
     * @param actor who exports
     * @param key the guideline
     * @param format CSV or XLSX
     * @param out where to write
     * @throws GovException as {@link #getReport}
     * @throws IOException when writing fails
     */
    void export(Actor actor, String key, ExportFormat format, OutputStream out) throws GovException, IOException;
}
