package org.xwiki.contrib.gov.profiles;

import java.util.List;
import java.util.Objects;

/**
 * Where a person sits: the manager chain up to the top, the direct reports, the members of the same unit.
 *
 * @param person the person
 * @param managerChain the manager, then the manager's manager, up to someone without a manager
 * @param directReports the people whose manager is the person
 * @param unitMembers the other active people of the person's unit
 * @version $Id$
 */
public record OrgChart(PersonSummary person, List<PersonSummary> managerChain, List<PersonSummary> directReports,
    List<PersonSummary> unitMembers)
{
    /**
     * Checks and copies the fields.
     */
    public OrgChart
    {
        Objects.requireNonNull(person, "person");
        managerChain = List.copyOf(managerChain);
        directReports = List.copyOf(directReports);
        unitMembers = List.copyOf(unitMembers);
    }
}
