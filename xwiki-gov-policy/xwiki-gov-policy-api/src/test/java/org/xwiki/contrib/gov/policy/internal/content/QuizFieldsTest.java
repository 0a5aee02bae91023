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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.Question;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The quiz read from the manage page's form, and the changes its buttons make.
 *
 * @version $Id$
 */
class QuizFieldsTest
{
    private static final Question SECRETS = new Question(new Bilingual("Secrets?", "Secrets ?"),
        List.of(new Choice(new Bilingual("Yes", "Oui"), false), new Choice(new Bilingual("No", "Non"), true)));

    private static final Question BLANK = new Question(new Bilingual("", ""),
        List.of(new Choice(new Bilingual("", ""), false), new Choice(new Bilingual("", ""), false)));

    @Test
    void readsEveryQuestionAndAnswerAsTheFormSentThem()
    {
        Map<String, Object> form = form();
        form.put("q0-c1-right", new String[] {"true"});

        assertEquals(List.of(SECRETS), QuizFields.read(form));
        assertEquals(List.of(), QuizFields.read(Map.of()));
        assertEquals(List.of(), QuizFields.read(Map.of("questionCount", "many")));
    }

    @Test
    void addsMovesAndRemovesQuestionsAndAnswers()
    {
        Map<String, Object> form = form();
        form.put("q0-c1-right", "true");
        form.put("quizEdit", "addQuestion");
        List<Question> two = QuizFields.read(form);
        assertEquals(List.of(SECRETS, BLANK), two);

        assertEquals(List.of(BLANK, SECRETS), QuizFields.edit(two, "up:1"));
        assertEquals(List.of(BLANK, SECRETS), QuizFields.edit(two, "down:0"));
        assertEquals(List.of(SECRETS, BLANK), QuizFields.edit(two, "down:1"), "the last one stays last");
        assertEquals(List.of(BLANK), QuizFields.edit(two, "removeQuestion:0"));
        assertEquals(3, QuizFields.edit(two, "addChoice:0").get(0).choices().size());
        assertEquals(List.of(new Choice(new Bilingual("No", "Non"), true)),
            QuizFields.edit(two, "removeChoice:0:0").get(0).choices());
        for (String nonsense : List.of("", "removeQuestion:7", "up:-1", "removeChoice:0:9", "addChoice:x", "drop")) {
            assertEquals(two, QuizFields.edit(two, nonsense), nonsense);
        }
    }

    @Test
    void neverReadsMoreQuestionsOrAnswersThanTheChecksCanRefuse()
    {
        assertEquals(ContentValidator.MAX_QUESTIONS + 1,
            QuizFields.read(Map.of("questionCount", "1000000")).size());
        assertEquals(ContentValidator.MAX_CHOICES + 1,
            QuizFields.read(Map.of("questionCount", "1", "q0-choiceCount", "1000000")).get(0).choices().size());
    }

    private static Map<String, Object> form()
    {
        Map<String, Object> form = new HashMap<>(Map.of("questionCount", "1", "q0-promptEn", "Secrets?",
            "q0-promptFr", "Secrets ?", "q0-choiceCount", "2", "q0-c0-labelEn", "Yes", "q0-c0-labelFr", "Oui",
            "q0-c1-labelEn", "No", "q0-c1-labelFr", "Non"));
        return form;
    }
}
