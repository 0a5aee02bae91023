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
package org.xwiki.contrib.gov.policy.internal.content;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The typed form of comprehension questions.
 *
 * @version $Id$
 */
class QuestionsTextTest
{
    private static final String TEXT = "? Secrets? | Secrets ?\n- Yes | Oui\n+ No | Non\n\n? Tone? | Ton ?\n+ Polite | Poli\n"
        + "- Rude | Grossier\n";

    @Test
    void parsesAndFormatsBack() throws Exception
    {
        List<Question> questions = QuestionsText.parse(TEXT.replace("\n", "\r\n"));

        assertEquals(List.of(new Question(new Bilingual("Secrets?", "Secrets ?"), List.of(
            new Choice(new Bilingual("Yes", "Oui"), false), new Choice(new Bilingual("No", "Non"), true))),
            new Question(new Bilingual("Tone?", "Ton ?"), List.of(new Choice(new Bilingual("Polite", "Poli"), true),
                new Choice(new Bilingual("Rude", "Grossier"), false)))), questions);
        assertEquals(TEXT.replace("\n\n", "\n"), QuestionsText.format(questions));
        assertEquals(List.of(), QuestionsText.parse(null));
    }

    @Test
    void namesTheFirstLineThatDoesNotFit()
    {
        GovException missingSeparator = assertThrows(GovException.class, () -> QuestionsText.parse("? Secrets?\n"));
        assertEquals("gov.policy.error.questionsLine", missingSeparator.getMessageKey());
        assertEquals(List.of("1"), missingSeparator.getParameters());
        assertEquals(List.of("1"), assertThrows(GovException.class,
            () -> QuestionsText.parse("+ An answer before any question | Une réponse")).getParameters());
        assertEquals(List.of("2"), assertThrows(GovException.class,
            () -> QuestionsText.parse("? Q | Q\nno marker")).getParameters());
    }
}
