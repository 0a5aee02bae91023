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

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.policy.BodySyntax;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xwiki.contrib.gov.policy.PolicyFixtures.content;

/**
 * The checks of a guideline text: every length and count it accepts is bounded, since forms and the database must
 * hold the largest text it accepts.
 *
 * @version $Id$
 */
class ContentValidatorTest
{
    private static Question question(int choices)
    {
        List<Choice> offered = new ArrayList<>();
        IntStream.range(0, choices).forEach(n -> offered.add(new Choice(new Bilingual("Answer " + n, "Réponse " + n),
            n == 0)));
        return new Question(new Bilingual("Which?", "Laquelle ?"), offered);
    }

    @Test
    void aQuestionOffersTwoToTenAnswers() throws GovException
    {
        assertEquals(10, ContentValidator.check(content("Code", List.of(question(10)), 1)).questions().get(0)
            .choices().size());
        GovException tooMany = assertThrows(GovException.class,
            () -> ContentValidator.check(content("Code", List.of(question(2), question(11)), 1)));
        assertEquals("gov.policy.error.question.tooManyChoices", tooMany.getMessageKey());
        assertEquals("[2, 10]", tooMany.getParameters().toString(), "the question's number and the limit");
        assertEquals("gov.policy.error.question.choices", assertThrows(GovException.class,
            () -> ContentValidator.check(content("Code", List.of(question(1)), 1))).getMessageKey());
    }

    @Test
    void theLongestBodiesAreAcceptedAndOneCharacterMoreIsNot() throws GovException
    {
        String longest = "\u2019".repeat(ContentValidator.MAX_BODY);
        GuidelineContent text = content();
        assertEquals(ContentValidator.MAX_BODY, ContentValidator.check(new GuidelineContent(text.title(),
            new Bilingual(longest, longest), BodySyntax.XWIKI_21, text.attestation(), List.of(), 0)).body().french()
            .length());
        assertEquals("gov.policy.field.bodyFr.tooLong", assertThrows(GovException.class,
            () -> ContentValidator.check(new GuidelineContent(text.title(), new Bilingual(longest, longest + "x"),
                BodySyntax.XWIKI_21, text.attestation(), List.of(), 0))).getMessageKey());
    }
}
