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
 * A comprehension question: the reader picks one of the choices.
 *
 * @param prompt the question, in both languages
 * @param choices the possible answers, at least one of them right
 * @version $Id$
 * @since 1.0
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

    /**
     * @return this question, without saying which choices are right
     */
    public Question withoutAnswers()
    {
        return new Question(this.prompt, this.choices.stream().map(Choice::withoutAnswer).toList());
    }
}
