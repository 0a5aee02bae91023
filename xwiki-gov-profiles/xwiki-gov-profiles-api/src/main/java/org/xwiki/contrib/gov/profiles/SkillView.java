package org.xwiki.contrib.gov.profiles;

import java.util.Objects;

/**
 * A skill as a viewer sees it on a profile.
 *
 * @param skill the normalised skill tag
 * @param endorsements how many colleagues endorsed it
 * @param endorsedByViewer whether the viewer is one of them
 * @version $Id$
 */
public record SkillView(String skill, int endorsements, boolean endorsedByViewer)
{
    /**
     * Checks the fields.
     */
    public SkillView
    {
        Objects.requireNonNull(skill, "skill");
    }
}
