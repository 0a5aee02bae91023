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

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.xwiki.contrib.gov.Bilingual;

/**
 * One possible answer to a comprehension question.
 *
 * @param label the answer, in both languages
 * @param correct whether it is a right answer; in JSON, {@code "correct": true} on the right answers and nothing on
 *     the others, and nothing at all for those who may not manage the guideline (they take the quiz)
 * @version $Id$
 * @since 1.0
 */
public record Choice(Bilingual label, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean correct)
{
    /**
     * Checks the fields.
     */
    public Choice
    {
        Objects.requireNonNull(label, "label");
    }

    /**
     * @return this choice, without saying whether it is right
     */
    public Choice withoutAnswer()
    {
        return new Choice(this.label, false);
    }
}
