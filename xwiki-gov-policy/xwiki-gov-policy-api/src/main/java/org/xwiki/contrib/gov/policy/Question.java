package org.xwiki.contrib.gov.policy;

import java.util.List;
import java.util.Objects;

import org.xwiki.contrib.gov.Bilingual;

/**
 * A comprehension question: the reader picks one of the choices.
 *
 * @param prompt the question, in both languages
 * @param choices the possible answers, at least one of them right
 * @version $Id$
 */
public record Question(Bilingual prompt, List<Choice> choices)
{
    /**
     * Checks and copies the fields.
     */
    public Question
    {
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
    }
}
