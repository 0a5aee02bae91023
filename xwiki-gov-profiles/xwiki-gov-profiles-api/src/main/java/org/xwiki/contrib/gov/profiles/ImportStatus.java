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

import java.time.Instant;
import java.util.Objects;

/**
 * Where an HR import stands.
 *
 * @param importId its number
 * @param agencyKey the agency imported
 * @param full whether people absent from the file are deactivated
 * @param startedBy who started it
 * @param startedAt when
 * @param phase {@code FIELDS}, {@code MANAGERS}, {@code DEACTIVATE} or {@code DONE}
 * @param rows the data rows of the file
 * @param applied the accepted rows applied so far in the current phase
 * @param created the people who got a profile
 * @param updated the people whose HR fields, unit or manager changed, or who were reactivated
 * @param unchanged the people already as the file says
 * @param rejected the refused rows
 * @param deactivated the people deactivated because the full file does not name them
 * @version $Id$
 * @since 1.0
 */
public record ImportStatus(long importId, String agencyKey, boolean full, String startedBy, Instant startedAt,
    String phase, int rows, int applied,
    int created, int updated, int unchanged, int rejected, int deactivated)
{
    /**
     * Checks the fields.
     */
    public ImportStatus
    {
        Objects.requireNonNull(agencyKey, "agencyKey");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * @return whether the import is complete
     */
    public boolean isDone()
    {
        return "DONE".equals(this.phase);
    }
}
