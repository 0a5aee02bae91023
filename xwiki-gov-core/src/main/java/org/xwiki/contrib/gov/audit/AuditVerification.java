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
package org.xwiki.contrib.gov.audit;

import java.util.Optional;

/**
 * The outcome of walking the audit chain.
 *
 * @param recordsChecked how many records were found intact before the walk stopped
 * @param firstBrokenSequence the sequence number of the first record that does not fit the chain, if any
 * @param problem the translation key saying what is wrong with it, if anything
 * @version $Id$
 * @since 1.0
 */
public record AuditVerification(long recordsChecked, Optional<Long> firstBrokenSequence, Optional<String> problem)
{
    /**
     * @param recordsChecked how many records were checked
     * @return an intact chain
     */
    public static AuditVerification intact(long recordsChecked)
    {
        return new AuditVerification(recordsChecked, Optional.empty(), Optional.empty());
    }

    /**
     * @param recordsChecked how many records were intact before the broken one
     * @param sequence the sequence number of the first broken record
     * @param problem the translation key saying what is wrong
     * @return a broken chain
     */
    public static AuditVerification broken(long recordsChecked, long sequence, String problem)
    {
        return new AuditVerification(recordsChecked, Optional.of(sequence), Optional.of(problem));
    }

    /**
     * @return whether every record fits the chain
     */
    public boolean isIntact()
    {
        return this.firstBrokenSequence.isEmpty();
    }
}
