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
