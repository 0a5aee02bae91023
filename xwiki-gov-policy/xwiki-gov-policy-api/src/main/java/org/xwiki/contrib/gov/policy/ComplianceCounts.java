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
 * How an audience stands with one major version of a guideline.
 *
 * @param assigned people who must acknowledge (acknowledged, pending and exempt; not those withdrawn)
 * @param acknowledged people who acknowledged
 * @param pending people still to acknowledge, overdue included
 * @param overdue people still to acknowledge after the due date
 * @param exempt people exempted by HR
 * @version $Id$
 * @since 1.0
 */
public record ComplianceCounts(long assigned, long acknowledged, long pending, long overdue, long exempt)
{
    /** No one. */
    public static final ComplianceCounts NONE = new ComplianceCounts(0, 0, 0, 0, 0);

    /**
     * @return the share of required people (assigned minus exempt) who acknowledged, in percent; 100 when nobody is
     *     required
     */
    public double compliancePercent()
    {
        long required = this.assigned - this.exempt;
        return required == 0 ? 100.0 : 100.0 * this.acknowledged / required;
    }

    /**
     * @param other more counts
     * @return the sum
     */
    public ComplianceCounts plus(ComplianceCounts other)
    {
        return new ComplianceCounts(this.assigned + other.assigned, this.acknowledged + other.acknowledged,
            this.pending + other.pending, this.overdue + other.overdue, this.exempt + other.exempt);
    }
}
