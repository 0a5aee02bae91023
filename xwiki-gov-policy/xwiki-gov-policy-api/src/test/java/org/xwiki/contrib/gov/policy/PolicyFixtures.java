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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.Bilingual;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;
import org.xwiki.contrib.gov.test.GovWorld;
import org.xwiki.contrib.gov.test.TestKernel;

/**
 * Guidelines for tests.
 *
 * @version $Id$
 */
public final class PolicyFixtures
{
    /** The key of the usual test guideline. */
    public static final String SOCIAL = "SOCIAL_MEDIA";

    private PolicyFixtures()
    {
    }

    /**
     * @param title the English title
     * @param questions the comprehension questions
     * @param passMark the pass mark
     * @return a guideline text
     */
    public static GuidelineContent content(String title, List<Question> questions, int passMark)
    {
        return new GuidelineContent(new Bilingual(title, title + " (fr)"),
            new Bilingual("Be careful online.\n\nThink before you post.", "Soyez prudent en ligne.\n\nRéfléchissez."),
            BodySyntax.XWIKI_21,
            new Bilingual("I have read and will comply with this policy.", "J’ai lu cette politique et je m’y conformerai."),
            questions, passMark);
    }

    /**
     * @return a guideline text without questions
     */
    public static GuidelineContent content()
    {
        return content("Social media policy", List.of(), 0);
    }

    /**
     * @return a question whose right answer is the second choice
     */
    public static Question question()
    {
        return new Question(new Bilingual("May you post secrets?", "Pouvez-vous publier des secrets ?"),
            List.of(new Choice(new Bilingual("Yes", "Oui"), false), new Choice(new Bilingual("No", "Non"), true)));
    }

    /**
     * @param agencies agency keys
     * @return an audience of whole agencies
     */
    public static Audience agencies(String... agencies)
    {
        return new Audience(Set.of(agencies), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * @param kernel the kernel
     * @param dueDate the due date
     * @return a major publication request
     */
    public static PublicationRequest major(TestKernel kernel, LocalDate dueDate)
    {
        return new PublicationRequest(VersionKind.MAJOR, "1.0", new Bilingual("First version", "Première version"),
            Optional.of(dueDate))
            .confirming(PublicationConfirmation.LANGUAGES_EQUIVALENT);
    }

    /**
     * Creates {@link #SOCIAL}, owned by {@link GovWorld#OWN}, for that whole agency, and publishes it as the system.
     *
     * @param kernel the kernel, with the {@link GovWorld}
     * @param content its text
     * @param dueDate its due date
     * @return the publication
     * @throws GovException when a service refuses
     */
    public static PublicationResult publishSocial(TestKernel kernel, GuidelineContent content, LocalDate dueDate)
        throws GovException
    {
        GuidelineService service = kernel.get(GuidelineService.class);
        service.create(Actor.system(), SOCIAL, Optional.of(GovWorld.OWN), content);
        service.saveAudience(Actor.system(), SOCIAL, agencies(GovWorld.OWN), 14);
        return service.publish(Actor.system(), SOCIAL, major(kernel, dueDate));
    }

    /**
     * @param version the version read
     * @param answers the answers
     * @return an attested acknowledgement in English
     */
    public static AcknowledgementInput input(int version, Integer... answers)
    {
        return new AcknowledgementInput(version, Locale.ENGLISH, List.of(answers), true, Optional.empty());
    }
}
