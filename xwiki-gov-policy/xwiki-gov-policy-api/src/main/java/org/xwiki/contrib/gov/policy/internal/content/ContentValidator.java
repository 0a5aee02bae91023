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

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.input.Inputs;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.GuidelineContent;
import org.xwiki.contrib.gov.policy.Question;

/**
 * Checks a guideline text and returns it trimmed: titles, bodies and attestation in both languages, questions with at
 * least two choices of which at least one is right, and a pass mark between 1 and the number of questions.
 *
 * @version $Id$
 */
public final class ContentValidator
{
    /** The longest title. */
    public static final int MAX_TITLE = 200;

    /** The longest body. */
    public static final int MAX_BODY = 100_000;

    /** The longest attestation, question or answer. */
    public static final int MAX_SHORT_TEXT = 1000;

    /** The most questions. */
    public static final int MAX_QUESTIONS = 50;

    /** The most answers a question offers. */
    public static final int MAX_CHOICES = 10;

    private static final String FIELD = "gov.policy.field.";

    private ContentValidator()
    {
    }

    /**
     * @param content a submitted text
     * @return the text, trimmed
     * @throws GovException naming the first problem
     */
    public static GuidelineContent check(GuidelineContent content) throws GovException
    {
        Bilingual title = bilingual("title", content.title(), MAX_TITLE);
        Bilingual body = new Bilingual(
            Inputs.requireMultilineText(FIELD + "bodyEn", content.body().english(), MAX_BODY),
            Inputs.requireMultilineText(FIELD + "bodyFr", content.body().french(), MAX_BODY));
        Bilingual attestation = bilingual("attestation", content.attestation(), MAX_SHORT_TEXT);
        if (content.questions().size() > MAX_QUESTIONS) {
            throw new GovException("gov.policy.error.tooManyQuestions", MAX_QUESTIONS);
        }
        List<Question> questions = new ArrayList<>();
        for (int index = 0; index < content.questions().size(); index++) {
            questions.add(check(content.questions().get(index), index + 1));
        }
        int passMark = content.passMark();
        if (questions.isEmpty() ? passMark != 0 : passMark < 1 || passMark > questions.size()) {
            throw new GovException("gov.policy.error.passMark", questions.size());
        }
        return new GuidelineContent(title, body, content.syntax(), attestation, questions, passMark);
    }

    private static Question check(Question question, int number) throws GovException
    {
        Bilingual prompt = bilingual("question", question.prompt(), MAX_SHORT_TEXT);
        if (question.choices().size() < 2) {
            throw new GovException("gov.policy.error.question.choices", number);
        }
        if (question.choices().size() > MAX_CHOICES) {
            throw new GovException("gov.policy.error.question.tooManyChoices", number, MAX_CHOICES);
        }
        List<Choice> choices = new ArrayList<>();
        for (Choice choice : question.choices()) {
            choices.add(new Choice(bilingual("choice", choice.label(), MAX_SHORT_TEXT), choice.correct()));
        }
        if (choices.stream().noneMatch(Choice::correct)) {
            throw new GovException("gov.policy.error.question.noCorrectAnswer", number);
        }
        return new Question(prompt, choices);
    }

    private static Bilingual bilingual(String field, Bilingual text, int maxLength) throws GovException
    {
        return new Bilingual(Inputs.requireText(FIELD + field + "En", text.english(), maxLength),
            Inputs.requireText(FIELD + field + "Fr", text.french(), maxLength));
    }
}
