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
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.Question;

/**
 * The plain-text form in which HR types comprehension questions: a line {@code ? English | French} starts a question,
 * then one line per choice, {@code + English | French} for a right answer and {@code - English | French} for a wrong
 * one. Blank lines are ignored.
 *
 * @version $Id$
 */
public final class QuestionsText
{
    private static final String SEPARATOR = "|";

    private QuestionsText()
    {
    }

    /**
     * @param text the typed questions, possibly {@code null}
     * @return the questions
     * @throws GovException naming the first line that does not fit the form
     */
    public static List<Question> parse(String text) throws GovException
    {
        List<Question> questions = new ArrayList<>();
        Bilingual prompt = null;
        List<Choice> choices = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            char marker = line.charAt(0);
            if (marker == '?') {
                if (prompt != null) {
                    questions.add(new Question(prompt, choices));
                }
                prompt = bilingual(line, index + 1);
                choices = new ArrayList<>();
            } else if ((marker == '+' || marker == '-') && prompt != null) {
                choices.add(new Choice(bilingual(line, index + 1), marker == '+'));
            } else {
                throw new GovException("gov.policy.error.questionsLine", index + 1);
            }
        }
        if (prompt != null) {
            questions.add(new Question(prompt, choices));
        }
        return questions;
    }

    /**
     * @param questions questions
     * @return their typed form, for editing
     */
    public static String format(List<Question> questions)
    {
        StringBuilder text = new StringBuilder();
        for (Question question : questions) {
            text.append("? ").append(join(question.prompt())).append('\n');
            for (Choice choice : question.choices()) {
                text.append(choice.correct() ? "+ " : "- ").append(join(choice.label())).append('\n');
            }
        }
        return text.toString();
    }

    private static Bilingual bilingual(String line, int number) throws GovException
    {
        String content = line.substring(1);
        int separator = content.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new GovException("gov.policy.error.questionsLine", number);
        }
        return new Bilingual(content.substring(0, separator).strip(), content.substring(separator + 1).strip());
    }

    private static String join(Bilingual text)
    {
        return text.english() + ' ' + SEPARATOR + ' ' + text.french();
    }
}
