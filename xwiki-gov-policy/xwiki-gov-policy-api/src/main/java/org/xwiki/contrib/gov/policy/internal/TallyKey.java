package org.xwiki.contrib.gov.policy.internal;

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
