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

import java.util.List;
import java.util.Objects;

import org.xwiki.contrib.gov.Bilingual;

/**
 * What a guideline says: the text readers acknowledge, in both languages. Bodies are written in XWiki 2.1 syntax, or,
 * for texts written before it was offered, in plain text where a blank line starts a new paragraph.
 *
 * @param title the title
 * @param body the full text
 * @param syntax the syntax of the body
 * @param attestation the statement the reader confirms ("I have read and will comply with…")
 * @param questions the comprehension questions, possibly none
 * @param passMark how many questions must be answered right, 0 when there are none
 * @version $Id$
 * @since 1.0
 */
public record GuidelineContent(Bilingual title, Bilingual body, BodySyntax syntax, Bilingual attestation,
    List<Question> questions, int passMark)
{
    /**
     * Checks and copies the fields.
     */
    public GuidelineContent
    {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(attestation, "attestation");
        questions = List.copyOf(questions);
    }

    /**
     * @return this content, its quiz without the right answers: what the people who take the quiz may see
     */
    public GuidelineContent withoutAnswers()
    {
        return new GuidelineContent(this.title, this.body, this.syntax, this.attestation,
            this.questions.stream().map(Question::withoutAnswers).toList(), this.passMark);
    }
}
