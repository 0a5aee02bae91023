package org.xwiki.contrib.gov.profiles.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.xwiki.contrib.gov.profiles.Visibility;

/**
 * Who is looking at profiles, reduced to what the visibility rules need.
 *
 * @param userId the viewer, empty for the system
 * @param homeAgency the viewer's home agency
 * @param hrAgencies the agencies where the viewer is an HR officer
 * @version $Id$
 */
public record Viewer(Optional<String> userId, Optional<String> homeAgency, Set<String> hrAgencies)
{
    /**
     * Copies the fields.
     */
    public Viewer
    {
        hrAgencies = Set.copyOf(hrAgencies);
    }

    /**
     * @param visibility a field's visibility
     * @param personId whose field it is
     * @param personAgency that person's home agency
     * @return whether this viewer may see the field
     */
    public boolean canSee(Visibility visibility, String personId, Optional<String> personAgency)
    {
        return switch (visibility) {
            case GOVERNMENT -> true;
            case AGENCY -> isSelf(personId) || personAgency.filter(agencyScope()::contains).isPresent();
            case PRIVATE -> isSelf(personId) || personAgency.filter(this.hrAgencies::contains).isPresent();
        };
    }

    /**
     * @param personId a person
     * @return whether the viewer is that person
     */
    public boolean isSelf(String personId)
    {
        return this.userId.filter(personId::equals).isPresent();
    }

    /**
     * @return the agencies whose people's {@link Visibility#AGENCY} fields this viewer sees
     */
    public Set<String> agencyScope()
    {
        Set<String> agencies = new HashSet<>(this.hrAgencies);
        this.homeAgency.ifPresent(agencies::add);
        return agencies;
    }
}
