package org.xwiki.contrib.gov.policy;

import java.util.List;
import java.util.Objects;

import org.xwiki.contrib.gov.Bilingual;

/**
 * What a guideline says: the text readers acknowledge, in both languages. Bodies are plain text; a blank line starts a
 * new paragraph.
 *
 * @param title the title
 * @param body the full text
 * @param attestation the statement the reader confirms ("I have read and will comply with…")
 * @param questions the comprehension questions, possibly none
 * @param passMark how many questions must be answered right, 0 when there are none
 * @version $Id$
 */
public record GuidelineContent(Bilingual title, Bilingual body, Bilingual attestation, List<Question> questions,
    int passMark)
{
    /**
     * Checks and copies the fields.
     */
    public GuidelineContent
    {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(attestation, "attestation");
        questions = List.copyOf(questions);
    }
}
