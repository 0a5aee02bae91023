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
package org.xwiki.contrib.gov.policy.internal.store;

import java.util.Comparator;

import org.xwiki.contrib.gov.policy.Assignment;
import org.xwiki.contrib.gov.policy.AssignmentState;

/**
 * One counter of the tally: assignments of a major version in one agency, unit, due day and state.
 *
 * @param guidelineKey the guideline
 * @param majorVersion the major version
 * @param agencyKey the agency
 * @param unitKey the unit, {@code ""} for none
 * @param dueDay the due date, as an epoch day
 * @param state the state
 * @version $Id$
 */
public record TallyKey(String guidelineKey, int majorVersion, String agencyKey, String unitKey, int dueDay,
    AssignmentState state) implements Comparable<TallyKey>
{
    private static final Comparator<TallyKey> ORDER = Comparator.comparing(TallyKey::guidelineKey)
        .thenComparingInt(TallyKey::majorVersion).thenComparing(TallyKey::agencyKey).thenComparing(TallyKey::unitKey)
        .thenComparingInt(TallyKey::dueDay).thenComparing(TallyKey::state);

    /**
     * @param assignment an assignment
     * @return the counter it counts in
     */
    public static TallyKey of(Assignment assignment)
    {
        return new TallyKey(assignment.guidelineKey(), assignment.majorVersion(), assignment.agencyKey(),
            assignment.unitKey().orElse(""), (int) assignment.dueDate().toEpochDay(), assignment.state());
    }

    @Override
    public int compareTo(TallyKey other)
    {
        return ORDER.compare(this, other);
    }
}
