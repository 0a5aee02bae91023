package org.xwiki.contrib.gov.role;

import java.util.List;
import java.util.Optional;

import org.xwiki.component.annotation.Role;
import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.actor.Actor;

/**
 * The home agency and unit of each person. Every change is recorded in the audit log, in the same transaction.
 *
 * @version $Id$
 */
@Role
public interface MembershipService
{
    /**
     * Sets a person's home agency and unit. The actor needs {@link CoreOperations#ASSIGN_MEMBERSHIP} on the new
     * agency and, for a transfer, on the person's current agency too.
     *
     * @param actor who assigns
     * @param membership the person's new home
     * @throws GovException when the user, agency or unit is unknown, the unit belongs to another agency, or the actor
     *     may not assign
     */
    void assign(Actor actor, Membership membership) throws GovException;

    /**
     * As {@link #assign}, for one of many changes made together (an HR import): the audit record is deferred, chained
     * by the background task within seconds, so that thousands of changes do not queue one by one on the head of the
     * audit chain. The record is written in the same transaction as the change, so neither goes without the other.
     *
     * @param actor who assigns
     * @param membership the person's new home
     * @throws GovException as {@link #assign}
     */
    void assignInBulk(Actor actor, Membership membership) throws GovException;

    /**
     * @param userId a user id
     * @return the person's home, if assigned
     * @throws GovException when the store fails
     */
    Optional<Membership> get(String userId) throws GovException;

    /**
     * @param agencyKey an agency key
     * @return the people whose home is that agency, by user id
     * @throws GovException when the store fails
     */
    List<Membership> listMembers(String agencyKey) throws GovException;
}
