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
import java.util.Map;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.policy.Choice;
import org.xwiki.contrib.gov.policy.Question;

/**
 * The quiz as the manage page's form sends it, one field per text: {@code questionCount}, then for question {@code i}
 * (from 0) {@code q<i>-promptEn}, {@code q<i>-promptFr}, {@code q<i>-choiceCount} and for its answer {@code j}
 * {@code q<i>-c<j>-labelEn}, {@code q<i>-c<j>-labelFr} and {@code q<i>-c<j>-right}. The form's own buttons change
 * the quiz before anything is saved ({@code quizEdit}): add a question or an answer, move a question, remove either.
 * Checking the texts is {@link ContentValidator}'s job, on saving.
 *
 * @version $Id$
 */
public final class QuizFields
{
    /** The parameter naming the form's change to the quiz, when one of its buttons sent it. */
    public static final String EDIT = "quizEdit";

    private static final String QUESTION = "q";

    private static final String EN = "En";

    private static final String FR = "Fr";

    private QuizFields()
    {
    }

    /**
     * @param parameters the submitted form: a value is a string, or an array of strings of which the first counts
     * @return the quiz it holds, with the change its button asked for ({@link #EDIT}) made
     */
    public static List<Question> read(Map<String, ?> parameters)
    {
        List<Question> questions = new ArrayList<>();
        int questionCount = count(parameters, "questionCount", ContentValidator.MAX_QUESTIONS + 1);
        for (int q = 0; q < questionCount; q++) {
            String prefix = QUESTION + q + '-';
            List<Choice> choices = new ArrayList<>();
            int choiceCount = count(parameters, prefix + "choiceCount", ContentValidator.MAX_CHOICES + 1);
            for (int c = 0; c < choiceCount; c++) {
                String choice = prefix + 'c' + c + '-';
                choices.add(new Choice(bilingual(parameters, choice + "label"),
                    "true".equals(value(parameters, choice + "right"))));
            }
            questions.add(new Question(bilingual(parameters, prefix + "prompt"), choices));
        }
        return edit(questions, value(parameters, EDIT));
    }

    /**
     * @param questions a quiz
     * @param command {@code addQuestion}, {@code addChoice:<i>}, {@code up:<i>}, {@code down:<i>},
     *     {@code removeQuestion:<i>} or {@code removeChoice:<i>:<j>}; anything else changes nothing
     * @return the quiz changed accordingly
     */
    static List<Question> edit(List<Question> questions, String command)
    {
        List<Question> edited = new ArrayList<>(questions);
        String[] parts = command.split(":");
        int question = parts.length > 1 ? number(parts[1]) : -1;
        boolean known = question >= 0 && question < edited.size();
        switch (parts[0]) {
            case "addQuestion" -> edited.add(new Question(blank(), List.of(blankChoice(), blankChoice())));
            case "addChoice" -> {
                if (known) {
                    List<Choice> choices = new ArrayList<>(edited.get(question).choices());
                    choices.add(blankChoice());
                    edited.set(question, new Question(edited.get(question).prompt(), choices));
                }
            }
            case "removeChoice" -> {
                int choice = parts.length > 2 ? number(parts[2]) : -1;
                if (known && choice >= 0 && choice < edited.get(question).choices().size()) {
                    List<Choice> choices = new ArrayList<>(edited.get(question).choices());
                    choices.remove(choice);
                    edited.set(question, new Question(edited.get(question).prompt(), choices));
                }
            }
            case "removeQuestion" -> {
                if (known) {
                    edited.remove(question);
                }
            }
            case "up" -> {
                if (known && question > 0) {
                    edited.add(question - 1, edited.remove(question));
                }
            }
            case "down" -> {
                if (known && question < edited.size() - 1) {
                    edited.add(question + 1, edited.remove(question));
                }
            }
            default -> {
                // Not a change of the quiz: the form was sent to be saved.
            }
        }
        return edited;
    }

    private static Bilingual blank()
    {
        return new Bilingual("", "");
    }

    private static Choice blankChoice()
    {
        return new Choice(blank(), false);
    }

    private static Bilingual bilingual(Map<String, ?> parameters, String prefix)
    {
        return new Bilingual(value(parameters, prefix + EN), value(parameters, prefix + FR));
    }

    private static int count(Map<String, ?> parameters, String name, int most)
    {
        return Math.min(Math.max(number(value(parameters, name)), 0), most);
    }

    private static int number(String text)
    {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String value(Map<String, ?> parameters, String name)
    {
        Object value = parameters == null ? null : parameters.get(name);
        if (value instanceof String[] values) {
            value = values.length == 0 ? null : values[0];
        }
        return value == null ? "" : value.toString();
    }
}
