package org.xwiki.contrib.gov.audit;

import java.util.Optional;

/**
 * The outcome of walking the audit chain.
 *
 * @param recordsChecked how many records were found intact before the walk stopped
 * @param firstBrokenSequence the sequence number of the first record that does not fit the chain, if any
 * @param problem the translation key saying what is wrong with it, if anything
 * @version $Id$
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
