package org.xwiki.contrib.gov.policy;

import java.util.Objects;

import org.xwiki.contrib.gov.Bilingual;

/**
 * One possible answer to a comprehension question.
 *
 * @param label the answer, in both languages
 * @param correct whether it is a right answer
 * @version $Id$
 */
public record Choice(Bilingual label, boolean correct)
{
    /**
     * Checks the fields.
     */
    public Choice
    {
        Objects.requireNonNull(label, "label");
    }
}
